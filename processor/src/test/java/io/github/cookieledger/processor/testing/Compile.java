package io.github.cookieledger.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor and reads what it generated. */
public final class Compile {
  public static final String JSON = "META-INF/cookies/cookies.json";
  public static final String MARKDOWN = "META-INF/cookies/cookie-policy.md";

  private Compile() {}

  /**
   * Compiles with javac and a fresh processor, with {@code -A} options such as {@code
   * cookieledger.registry=x.Y}; a {@link ProcessorTest} compiles through its {@link TestCompiler}.
   */
  public static Compilation with(List<String> options, Source... sources) {
    return TestCompiler.JAVAC.compile(options, Arrays.asList(sources));
  }

  /** Compiles with javac, a fresh processor and no options. */
  public static Compilation sources(Source... sources) {
    return with(List.of(), sources);
  }

  /** A generated resource under the class output, as UTF-8 text, if it was written. */
  public static Optional<String> resource(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(Compile::read);
  }

  /** A generated source file, e.g. {@code com.example.CookieRegistry}. */
  public static String generatedSource(Compilation compilation, String qualifiedName) {
    return compilation.generatedSourceFile(qualifiedName).map(Compile::read).orElseThrow(
        () -> new AssertionError("no generated source " + qualifiedName + " in "
            + compilation.generatedSourceFiles()));
  }

  /** The bytes of a file object. */
  public static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(JavaFileObject file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  /** Every diagnostic, one a line, for assertion messages and exploration. */
  public static String diagnostics(Compilation compilation) {
    StringBuilder text = new StringBuilder();
    compilation.diagnostics().forEach(d -> text.append(d.getKind()).append(' ')
        .append(d.getSource() == null ? "-" : d.getSource().getName()).append(':')
        .append(d.getLineNumber()).append(' ').append(d.getMessage(null)).append('\n'));
    return text.toString();
  }
}
