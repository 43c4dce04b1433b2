package io.github.cookieledger.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cookieledger.processor.CookieProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
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
        return compileIn(root, options, sources);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
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

  private static Compilation compileIn(Path root, List<String> options, List<Source> sources)
      throws IOException {
    Path src = Files.createDirectories(root.resolve("src"));
    Path classes = Files.createDirectories(root.resolve("classes"));
    Path generated = Files.createDirectories(root.resolve("generated"));
    List<Path> files = new ArrayList<>();
    for (Source source : sources) {
      Path file = src.resolve(source.qualifiedName().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.text(), StandardCharsets.UTF_8);
      files.add(file);
    }
    JavaCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
        "-classpath", System.getProperty("java.class.path")));
    arguments.addAll(processorOptions(options));
    boolean success;
    try (StandardJavaFileManager fileManager =
        ecj.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8)) {
      fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      fileManager.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
      // ECJ also prints its diagnostics: keep them out of the test log
      JavaCompiler.CompilationTask task = ecj.getTask(new PrintWriter(new StringWriter()),
          fileManager, collected, arguments, null, fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new CookieProcessor()));
      success = task.call();
    }
    List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR || d.getMessage(Locale.ROOT).contains("[cookie-")) {
        diagnostics.add(new OnSource(d, sources));
      }
    }
    List<JavaFileObject> outputs = new ArrayList<>();
    collect(generated, StandardLocation.SOURCE_OUTPUT, outputs);
    collect(classes, StandardLocation.CLASS_OUTPUT, outputs);
    return compilation(success, sources, diagnostics, outputs);
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
