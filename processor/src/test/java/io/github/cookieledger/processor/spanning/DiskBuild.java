package io.github.cookieledger.processor.spanning;


import io.github.cookieledger.Cookie;
import io.github.cookieledger.processor.CookieProcessor;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.io.IOException;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;

/**
 * A project on disk, compiled the way an IDE or a build tool does: real folders for sources,
 * classes and generated sources that survive from one compilation to the next (compile-testing
 * cannot pre-seed the class output, so partial builds are tested here).
 */
final class DiskBuild {
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
    classPath.add(TestCompiler.codeSource(Cookie.class));
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

  Compiled compileAll(TestCompiler compiler, String... options) {
    return compile(compiler, allSources(), options);
  }

  /** Compiles only the given sources, with the class output on the class path. */
  Compiled compile(TestCompiler compiler, List<String> sources, String... options) {
    return compile(compiler, sources, List.of(new CookieProcessor()), options);
  }

  Compiled compile(TestCompiler compiler, List<String> sources,
      List<? extends Processor> processors, String... options) {
    List<String> arguments = new ArrayList<>(List.of(options));
    if (compiler == TestCompiler.JAVAC) {
      arguments.add(0, "-proc:full");
    }
    return compiler.job(sources.stream().map(src::resolve).toList())
        .into(out, gen)
        .classPath(classPath)
        .options(arguments)
        .processors(processors)
        .call();
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
    return Compiled.read(file);
  }

  void write(String relative, String text) {
    Compiled.write(src.resolve(relative), text);
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
}
