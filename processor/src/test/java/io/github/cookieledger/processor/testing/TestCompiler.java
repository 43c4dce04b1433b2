package io.github.cookieledger.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cookieledger.processor.CookieProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The compilers a {@link ProcessorTest} runs on. Both give a compile-testing {@link Compilation}
 * with the processor's diagnostics on the test's own {@link Source} files and its generated files
 * under {@code SOURCE_OUTPUT} and {@code CLASS_OUTPUT}, so one assertion ({@link Expect}, Truth's
 * {@code CompilationSubject}) checks both.
 */
public enum TestCompiler {
  /** javac, in memory, through compile-testing. */
  JAVAC {
    @Override
    public Compilation compile(List<String> options, List<Source> sources) {
      return Compiler.javac()
          .withProcessors(new CookieProcessor())
          .withOptions(processorOptions(options))
          .compile(sources.stream().map(Source::file).toList());
    }
  },

  /**
   * The Eclipse compiler (as in Eclipse and VS Code), on real files: it cannot read
   * compile-testing's in-memory sources. Only cookieledger's own warnings count (ECJ's lint,
   * such as unused imports, is not javac's). Known difference: ECJ's {@code Messager} cannot place
   * a message on a package, so a problem in a {@code package-info.java} has no file and line
   * (README, "The Eclipse compiler").
   */
  ECJ {
    @Override
    public Compilation compile(List<String> options, List<Source> sources) {
      Path root;
      try {
        root = Files.createTempDirectory("cookieledger-ecj");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        return compilation(compileOnDisk(root, processorOptions(options), sources), sources);
      } finally {
        delete(root);
      }
    }
  };

  private static final Set<Compilation> BY_ECJ =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** The compiler that made a compilation. */
  public static TestCompiler of(Compilation compilation) {
    return BY_ECJ.contains(compilation) ? ECJ : JAVAC;
  }

  /** Compiles with a fresh processor and {@code -A} options such as {@code cookieledger.registry=x.Y}. */
  public abstract Compilation compile(List<String> options, List<Source> sources);

  /** Compiles with a fresh processor and {@code -A} options. */
  public Compilation compile(List<String> options, Source... sources) {
    return compile(options, Arrays.asList(sources));
  }

  /** Compiles with a fresh processor and no options. */
  public Compilation compile(Source... sources) {
    return compile(List.of(), Arrays.asList(sources));
  }

  private static List<String> processorOptions(List<String> options) {
    return options.stream().map(option -> "-A" + option).toList();
  }

  /**
   * Writes the sources under {@code root/src} and compiles them on disk into {@code root/classes}
   * and {@code root/generated}, with the test class path and a fresh processor.
   *
   * @param options compiler options as given, e.g. {@code -Acookieledger.registry=x.Y}, {@code
   *     -Xlint:all}
   */
  public Compiled compileOnDisk(Path root, List<String> options, List<Source> sources) {
    return job(writeSources(root.resolve("src"), sources))
        .into(root.resolve("classes"), root.resolve("generated"))
        .options(options)
        .call();
  }

  /** Compiles on disk; see {@link #compileOnDisk(Path, List, List)}. */
  public Compiled compileOnDisk(Path root, Source... sources) {
    return compileOnDisk(root, List.of(), Arrays.asList(sources));
  }

  /** A compilation of source files on disk, set up by the {@link Job}'s methods. */
  public Job job(Collection<Path> files) {
    return new Job(this, files);
  }

  /** The jar or folder a class was loaded from, for a class path. */
  public static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes each source to its package's folder under {@code src}; returns the files. */
  public static List<Path> writeSources(Path src, List<Source> sources) {
    List<Path> files = new ArrayList<>();
    for (Source source : sources) {
      Path file = src.resolve(source.qualifiedName().replace('.', '/') + ".java");
      Compiled.write(file, source.text());
      files.add(file);
    }
    return files;
  }

  /**
   * One compilation of files on disk, the way a build tool or an IDE runs it: real folders for
   * the outputs (which later compilations may find on their class path), {@code --release 17},
   * UTF-8 sources, the test class path and a fresh {@link CookieProcessor} unless told otherwise.
   */
  public static final class Job {
    private final TestCompiler compiler;
    private final List<Path> files;
    private Path classes;
    private Path generated;
    private List<Path> classPath = Arrays.stream(
        System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    private final List<String> options = new ArrayList<>();
    private List<? extends Processor> processors = List.of(new CookieProcessor());
    private Charset encoding = StandardCharsets.UTF_8;

    private Job(TestCompiler compiler, Collection<Path> files) {
      this.compiler = compiler;
      this.files = List.copyOf(files);
    }

    /** Where class files and resources go, and where generated sources go. */
    public Job into(Path classes, Path generated) {
      this.classes = classes;
      this.generated = generated;
      return this;
    }

    /** The class path instead of the test class path. */
    public Job classPath(List<Path> entries) {
      this.classPath = List.copyOf(entries);
      return this;
    }

    /** More compiler options, e.g. {@code -Acookieledger.undeclared=error}. */
    public Job options(List<String> more) {
      options.addAll(more);
      return this;
    }

    /**
     * The processors to run; none: the compiler finds them on {@code -processorpath} (give it in
     * {@link #options}) through their {@code META-INF/services} entry, as Maven runs them.
     */
    public Job processors(List<? extends Processor> processors) {
      this.processors = List.copyOf(processors);
      return this;
    }

    /** No {@code -encoding}: the compiler and the processor see the platform's default charset. */
    public Job platformEncoding() {
      this.encoding = null;
      return this;
    }

    /** Runs the compilation. */
    public Compiled call() {
      JavaCompiler tool =
          compiler == ECJ ? new EclipseCompiler() : ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> arguments = new ArrayList<>(List.of("--release", "17"));
      if (encoding != null) {
        arguments.addAll(List.of("-encoding", encoding.name()));
      }
      arguments.addAll(options);
      try (StandardJavaFileManager fileManager =
          tool.getStandardFileManager(diagnostics, Locale.ROOT, encoding)) {
        fileManager.setLocation(StandardLocation.CLASS_OUTPUT,
            List.of(Files.createDirectories(classes).toFile()));
        fileManager.setLocation(StandardLocation.SOURCE_OUTPUT,
            List.of(Files.createDirectories(generated).toFile()));
        fileManager.setLocation(StandardLocation.CLASS_PATH,
            classPath.stream().map(Path::toFile).toList());
        // ECJ also prints its diagnostics: keep them out of the test log
        JavaCompiler.CompilationTask task = tool.getTask(new PrintWriter(new StringWriter()),
            fileManager, diagnostics, arguments, null,
            fileManager.getJavaFileObjectsFromPaths(files));
        if (!processors.isEmpty()) {
          task.setProcessors(processors);
        }
        boolean success = task.call();
        return new Compiled(compiler, success, classes, generated, diagnostics.getDiagnostics());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A forked JVM started with the given system properties ({@code -Duser.language=tr}, ...)
   * compiles the sources with javac under {@code root}, as {@link #compileOnDisk} does but without
   * {@code -encoding}: javac and the processor see that JVM's defaults.
   *
   * @return what the forked JVM printed: first its default locale and charset, so the test can
   *     check they took effect
   */
  public static String forkedJavac(Path root, List<String> jvmProperties, List<Source> sources)
      throws IOException, InterruptedException {
    writeSources(root.resolve("src"), sources);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmProperties);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        TestCompiler.class.getName(), root.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), Charset.defaultCharset());
    if (process.waitFor() != 0) {
      throw new AssertionError("forked javac failed:\n" + printed);
    }
    return printed;
  }

  /** The forked JVM of {@link #forkedJavac}: {@code root} is its only argument. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    System.out.println("defaults: " + Locale.getDefault().toLanguageTag() + " "
        + Charset.defaultCharset().name());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root.resolve("src"))) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    Compiled compiled = JAVAC.job(files).into(root.resolve("classes"), root.resolve("generated"))
        .platformEncoding().call();
    System.out.println(compiled.log());
    System.exit(compiled.success() ? 0 : 1);
  }

  /** ECJ's outcome as a compile-testing {@code Compilation}: errors and cookieledger's messages. */
  private static Compilation compilation(Compiled compiled, List<Source> sources) {
    List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compiled.diagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR || d.getMessage(Locale.ROOT).contains("[cookie-")) {
        diagnostics.add(new OnSource(d, sources));
      }
    }
    List<JavaFileObject> outputs = new ArrayList<>();
    try {
      collect(compiled.generated(), StandardLocation.SOURCE_OUTPUT, outputs);
      collect(compiled.classes(), StandardLocation.CLASS_OUTPUT, outputs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compilation(compiled.success(), sources, diagnostics, outputs);
  }

  /**
   * compile-testing makes its {@code Compilation} only from its own compilers; its constructor is
   * package-private, so the ECJ outcome is handed to it reflectively (the version is pinned).
   */
  private static Compilation compilation(boolean success, List<Source> sources,
      List<Diagnostic<? extends JavaFileObject>> diagnostics, List<JavaFileObject> outputs) {
    try {
      Constructor<Compilation> constructor = Compilation.class.getDeclaredConstructor(
          Compiler.class, Iterable.class, boolean.class, Iterable.class, Iterable.class);
      constructor.setAccessible(true);
      Compilation compilation = constructor.newInstance(Compiler.compiler(new EclipseCompiler())
              .withProcessors(new CookieProcessor()),
          sources.stream().map(Source::file).toList(), success, diagnostics, outputs);
      BY_ECJ.add(compilation);
      return compilation;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("compile-testing's Compilation changed", e);
    }
  }

  private static void collect(Path folder, StandardLocation location, List<JavaFileObject> into)
      throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        into.add(new Output(location, relative, Files.readAllBytes(file)));
      }
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generated file, named as compile-testing names its in-memory outputs. */
  private static final class Output extends SimpleJavaFileObject {
    private final byte[] bytes;

    Output(StandardLocation location, String relative, byte[] bytes) {
      super(URI.create("mem:///" + location.getName() + "/" + relative),
          relative.endsWith(".java") ? Kind.SOURCE
              : relative.endsWith(".class") ? Kind.CLASS : Kind.OTHER);
      this.bytes = bytes;
    }

    @Override
    public InputStream openInputStream() {
      return new java.io.ByteArrayInputStream(bytes);
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** An ECJ diagnostic whose source is the test's {@link Source#file()}, as javac's would be. */
  private static final class OnSource implements Diagnostic<JavaFileObject> {
    private final Diagnostic<? extends JavaFileObject> diagnostic;
    private final JavaFileObject source;

    OnSource(Diagnostic<? extends JavaFileObject> diagnostic, List<Source> sources) {
      this.diagnostic = diagnostic;
      JavaFileObject found = null;
      if (diagnostic.getSource() != null) {
        String file = Path.of(diagnostic.getSource().toUri()).toString().replace('\\', '/');
        for (Source s : sources) {
          if (file.endsWith("/src/" + s.qualifiedName().replace('.', '/') + ".java")) {
            found = s.file();
          }
        }
      }
      this.source = found;
    }

    @Override public Kind getKind() { return diagnostic.getKind(); }
    @Override public JavaFileObject getSource() { return source; }
    @Override public long getPosition() { return diagnostic.getPosition(); }
    @Override public long getStartPosition() { return diagnostic.getStartPosition(); }
    @Override public long getEndPosition() { return diagnostic.getEndPosition(); }
    @Override public long getLineNumber() { return diagnostic.getLineNumber(); }
    @Override public long getColumnNumber() { return diagnostic.getColumnNumber(); }
    @Override public String getCode() { return diagnostic.getCode(); }
    @Override public String getMessage(Locale locale) { return diagnostic.getMessage(locale); }

    @Override
    public String toString() {
      return getKind() + " " + (source == null ? "-" : source.getName()) + ":" + getLineNumber()
          + " " + getMessage(Locale.ROOT);
    }
  }
}
