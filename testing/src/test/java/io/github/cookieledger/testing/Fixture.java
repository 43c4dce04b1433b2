package io.github.cookieledger.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cookieledger.processor.CookieProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A declaration set under {@code src/test/fixtures/<name>}, compiled with javac and the real
 * processor into a folder: its registry can be loaded and its documents (the banner modules)
 * served, exactly as a user's build makes them.
 */
final class Fixture {
  final Path classes;

  private Fixture(Path classes) {
    this.classes = classes;
  }

  static Fixture compile(String name, Path into, String... options) {
    Path sources = Paths.get(System.getProperty("cookieledger.fixtures", "src/test/fixtures"))
        .resolve(name);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
            javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(sources)) {
      Path classes = Files.createDirectories(into.resolve("classes"));
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT,
          List.of(Files.createDirectories(into.resolve("generated")).toFile()));
      List<String> arguments = new ArrayList<>(List.of("-proc:full",
          "-classpath", System.getProperty("java.class.path")));
      for (String option : options) {
        arguments.add("-A" + option);
      }
      List<Path> units = walk.filter(p -> p.toString().endsWith(".java")).sorted()
          .collect(Collectors.toList());
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, arguments,
          null, files.getJavaFileObjectsFromPaths(units));
      task.setProcessors(List.of(new CookieProcessor()));
      boolean compiled = task.call();
      List<String> errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
      assertEquals(List.of(), errors, "the fixture " + name + " compiles");
      assertEquals(true, compiled);
      return new Fixture(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents folder: {@code META-INF/cookies} of the class output. */
  Path documents() {
    return classes.resolve("META-INF/cookies");
  }

  /** A class loader over the output whose parent shares the runtime API with the test. */
  URLClassLoader loader() {
    try {
      return new URLClassLoader(new URL[] {classes.toUri().toURL()},
          Fixture.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
