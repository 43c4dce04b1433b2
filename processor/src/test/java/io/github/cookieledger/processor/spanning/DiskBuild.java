package io.github.cookieledger.processor.spanning;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.cookieledger.Cookie;
import io.github.cookieledger.processor.CookieProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * A project on disk, compiled the way an IDE or a build tool does: real folders for sources,
 * classes and generated sources that survive from one compilation to the next (compile-testing
 * cannot pre-seed the class output, so partial builds are tested here).
 */
final class DiskBuild {
  /** The compilers a build can use. */
  enum Compiler { JAVAC, ECJ }

  final Path src;
  final Path out;
  final Path gen;
  private final List<Path> classPath = new ArrayList<>();

  DiskBuild(Path root) {
    this.src = root.resolve("src");
    this.out = root.resolve("classes");
    this.gen = root.resolve("generated");
    try {
      Files.createDirectories(src);
      Files.createDirectories(out);
      Files.createDirectories(gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    classPath.add(codeSource(Cookie.class));
    classPath.add(out);
  }

  /** A build of a project copied from the test resources ({@code spanning/<name>}). */
  static DiskBuild of(Path root, String project) {
    DiskBuild build = new DiskBuild(root);
    Path from = resource("spanning/" + project);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Path to = build.src.resolve(from.relativize(file).toString());
        Files.createDirectories(to.getParent());
        Files.copy(file, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build;
  }

  /** A build of the sources under a folder on disk (e.g. the sample app's). */
  static DiskBuild ofFolder(Path root, Path sources) {
    DiskBuild build = new DiskBuild(root);
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Path to = build.src.resolve(sources.relativize(file).toString());
        Files.createDirectories(to.getParent());
        Files.copy(file, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build;
  }

  static Path resource(String name) {
    try {
      URL url = DiskBuild.class.getClassLoader().getResource(name);
      if (url == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path codeSource(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a folder (another build's classes) to the class path of later compilations. */
  DiskBuild withClassPath(Path entry) {
    classPath.add(0, entry);
    return this;
  }

  /** Every source file of the project, relative to {@link #src}, sorted. */
  List<String> allSources() {
    try (Stream<Path> files = Files.walk(src)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .map(f -> src.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Result compileAll(Compiler compiler, String... options) {
    return compile(compiler, allSources(), options);
  }

  /** Compiles only the given sources, with the class output on the class path. */
  Result compile(Compiler compiler, List<String> sources, String... options) {
    return compile(compiler, sources, List.of(new CookieProcessor()), options);
  }

  Result compile(Compiler compiler, List<String> sources, List<? extends Processor> processors,
      String... options) {
    JavaCompiler tool =
        compiler == Compiler.ECJ ? new EclipseCompiler() : ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> arguments = new ArrayList<>(List.of("--release", "17"));
    if (compiler == Compiler.JAVAC) {
      arguments.add("-proc:full");
    }
    arguments.addAll(List.of(options));
    try (StandardJavaFileManager files =
        tool.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(gen.toFile()));
      files.setLocation(StandardLocation.CLASS_PATH,
          classPath.stream().map(Path::toFile).collect(Collectors.toList()));
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(
          sources.stream().map(s -> src.resolve(s).toFile()).collect(Collectors.toList()));
      // ECJ also prints its diagnostics: keep them out of the test log
      JavaCompiler.CompilationTask task = tool.getTask(new PrintWriter(new StringWriter()), files,
          diagnostics, arguments, null, units);
      task.setProcessors(processors);
      boolean success = task.call();
      return new Result(success, diagnostics.getDiagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every generated file: the resources under META-INF/cookies and the generated sources. */
  Map<String, byte[]> outputs() {
    Map<String, byte[]> outputs = new TreeMap<>();
    collect(out.resolve("META-INF/cookies"), "classes/", outputs);
    collect(gen, "generated/", outputs);
    return outputs;
  }

  /** The documents under META-INF/cookies only. */
  Map<String, byte[]> documents() {
    Map<String, byte[]> outputs = new TreeMap<>();
    collect(out.resolve("META-INF/cookies"), "", outputs);
    return outputs;
  }

  private static void collect(Path folder, String prefix, Map<String, byte[]> into) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        into.put(prefix + folder.relativize(file).toString().replace('\\', '/'),
            Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String cookiesJson() {
    return read(out.resolve("META-INF/cookies/cookies.json"));
  }

  String document(String name) {
    return read(out.resolve("META-INF/cookies/" + name));
  }

  String generated(String relative) {
    return read(gen.resolve(relative));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(String relative, String text) {
    try {
      Path file = src.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces a text in a source file; fails when the text is not there. */
  void edit(String relative, String from, String to) {
    String text = read(src.resolve(relative));
    if (!text.contains(from)) {
      throw new IllegalArgumentException(relative + " does not contain " + from);
    }
    write(relative, text.replace(from, to));
  }

  /** Deletes a source file and its class files (the type and its nested types). */
  void deleteType(String relativeSource) {
    String base = relativeSource.substring(0, relativeSource.length() - ".java".length());
    Path classes = out.resolve(base).getParent();
    String simple = out.resolve(base).getFileName().toString();
    try {
      Files.delete(src.resolve(relativeSource));
      if (!Files.isDirectory(classes)) {
        return; // not compiled yet
      }
      try (Stream<Path> files = Files.list(classes)) {
        for (Path file : files.collect(Collectors.toList())) {
          String name = file.getFileName().toString();
          if (name.equals(simple + ".class") || name.startsWith(simple + "$")) {
            Files.delete(file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A class loader over the class output (and other builds' class outputs), sharing the runtime
   * API with the tests.
   */
  URLClassLoader loader(Path... others) {
    try {
      URL[] urls = new URL[others.length + 1];
      urls[0] = out.toUri().toURL();
      for (int i = 0; i < others.length; i++) {
        urls[i + 1] = others[i].toUri().toURL();
      }
      return new URLClassLoader(urls, DiskBuild.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outcome of one compilation. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind)
          .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }

    List<String> errors() {
      return messages(Diagnostic.Kind.ERROR);
    }

    List<String> warnings() {
      List<String> warnings = new ArrayList<>(messages(Diagnostic.Kind.WARNING));
      warnings.addAll(messages(Diagnostic.Kind.MANDATORY_WARNING));
      return warnings;
    }

    /** Everything the compiler said, for assertion messages. */
    String log() {
      return diagnostics.stream()
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()
              + ":" + d.getLineNumber() + " ") + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }

    Result assertSuccess() {
      if (!success || !errors().isEmpty()) {
        throw new AssertionError("compilation failed:\n" + log());
      }
      return this;
    }
  }
}
