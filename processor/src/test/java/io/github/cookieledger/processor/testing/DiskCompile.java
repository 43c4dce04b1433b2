package io.github.cookieledger.processor.testing;

import io.github.cookieledger.processor.CookieProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources with the processor into real folders: what it wrote stays readable after a
 * failed compilation (compile-testing hides the generated files then), and the class files can be
 * loaded and run.
 */
public final class DiskCompile {
  private DiskCompile() {}

  /**
   * What one compilation left behind.
   *
   * @param classes the class output: class files and {@code META-INF/cookies/}
   * @param generated the generated-sources folder
   */
  public record Output(
      boolean success, Path classes, Path generated, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    /** A resource under the class output, as UTF-8 text, if it was written. */
    public Optional<String> resource(String path) {
      Path file = classes.resolve(path);
      return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** A generated source, e.g. {@code com.example.CookieRegistry}, if it was written. */
    public Optional<String> source(String qualifiedName) {
      Path file = generated.resolve(qualifiedName.replace('.', '/') + ".java");
      return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** The errors' messages. */
    public List<String> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(null)).collect(Collectors.toList());
    }

    /** Every diagnostic, one a line, for assertion messages. */
    public String describe() {
      return diagnostics.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
  }

  /**
   * Writes the sources under {@code root/src} and compiles them into {@code root/classes}, with
   * {@code root/generated} for generated sources, on the test class path.
   *
   * @param options javac options, e.g. {@code -Acookieledger.registry=x.Y}
   */
  public static Output compile(Path root, List<String> options, List<Source> sources) {
    try {
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
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-s",
          generated.toString(), "-encoding", "UTF-8", "-classpath",
          System.getProperty("java.class.path")));
      args.addAll(options);
      try (StandardJavaFileManager fileManager =
              javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
        JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics, args,
            null, fileManager.getJavaFileObjectsFromPaths(files));
        task.setProcessors(List.of(new CookieProcessor()));
        boolean success = task.call();
        return new Output(success, classes, generated, diagnostics.getDiagnostics());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Output compile(Path root, Source... sources) {
    return compile(root, List.of(), List.of(sources));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes text as UTF-8. */
  public static void write(Path file, String text) {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
