package io.github.cookieledger.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What a compilation on disk ({@link TestCompiler#job}) left behind: the outcome, every
 * diagnostic, and the real folders, which stay readable after a failed compilation (compile-testing
 * hides the generated files then) and whose class files can be loaded and run.
 *
 * @param classes the class output: class files and {@code META-INF/cookies/}
 * @param generated the generated-sources folder
 */
public record Compiled(TestCompiler compiler, boolean success, Path classes, Path generated,
    List<Diagnostic<? extends JavaFileObject>> diagnostics) {

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

  /** The messages of one kind. */
  public List<String> messages(Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
  }

  /** The errors' messages. */
  public List<String> errors() {
    return messages(Diagnostic.Kind.ERROR);
  }

  /** The warnings' messages, mandatory ones included. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>(messages(Diagnostic.Kind.WARNING));
    warnings.addAll(messages(Diagnostic.Kind.MANDATORY_WARNING));
    return warnings;
  }

  /** The diagnostics whose message holds a text, such as a tag {@code [cookie-scan]}. */
  public List<Diagnostic<? extends JavaFileObject>> containing(String text) {
    return diagnostics.stream().filter(d -> d.getMessage(Locale.ROOT).contains(text))
        .collect(Collectors.toList());
  }

  /** Everything the compiler said, one a line, for assertion messages. */
  public String log() {
    return diagnostics.stream()
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()
            + ":" + d.getLineNumber() + " ") + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  /** This compilation, after checking that it succeeded without errors. */
  public Compiled assertSuccess() {
    if (!success || !errors().isEmpty()) {
      throw new AssertionError(compiler + " compilation failed:\n" + log());
    }
    return this;
  }

  /** A file as UTF-8 text. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes text as UTF-8, making the folders it needs. */
  public static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
