package io.github.cookieledger.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Assertions on a compilation's diagnostics. An expected problem is named by its catalogue entry
 * ({@link Message}) and the values it must show, in the given file, on the line of the given
 * source text: the wording lives only in the catalogue, so tests never copy it.
 */
public final class Expect {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

  private Expect() {}

  /**
   * A diagnostic of the message's kind, in {@code source}, on the line holding {@code at}, that is
   * {@code message} with {@code values} in its first placeholders (the others may hold anything).
   * Under ECJ a problem in a {@code package-info.java} has no file and line (its {@code Messager}
   * cannot place a message on a package; README, "The Eclipse compiler"): there the message
   * must come without a position.
   */
  public static void reported(Compilation compilation, Source source, String at, Message message,
      Object... values) {
    Pattern expected = pattern(message, values);
    long line = source.line(at);
    boolean unplaced = TestCompiler.of(compilation) == TestCompiler.ECJ
        && source.qualifiedName().endsWith("package-info");
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      boolean placed = unplaced ? d.getSource() == null
          : d.getSource() != null && d.getSource().toUri().equals(source.file().toUri())
              && d.getLineNumber() == line;
      if (d.getKind() == message.kind() && placed
          && expected.matcher(d.getMessage(Locale.ROOT)).matches()) {
        return;
      }
    }
    fail("expected " + message + " " + List.of(values) + " in " + source.file().getName() + " on"
        + " line " + line + ", got:\n" + Compile.diagnostics(compilation));
  }

  /** {@link #reported} for an error message. */
  public static void error(Compilation compilation, Source source, String at, Message message,
      Object... values) {
    assertEquals(Diagnostic.Kind.ERROR, message.kind(), message + " is no error");
    reported(compilation, source, at, message, values);
  }

  /** {@link #error}, and it is the compilation's only error. */
  public static void onlyError(Compilation compilation, Source source, String at, Message message,
      Object... values) {
    assertThat(compilation).hadErrorCount(1);
    error(compilation, source, at, message, values);
  }

  /** {@link #reported} for a warning message. */
  public static void warning(Compilation compilation, Source source, String at, Message message,
      Object... values) {
    assertEquals(Diagnostic.Kind.WARNING, message.kind(), message + " is no warning");
    reported(compilation, source, at, message, values);
  }

  /** Whether a printed message is {@code message} with {@code values} in its first placeholders. */
  public static boolean is(String printed, Message message, Object... values) {
    return pattern(message, values).matcher(printed).matches();
  }

  /** An error holding {@code text}, in {@code source}, on the line holding {@code at}. */
  public static void error(Compilation compilation, Source source, String at, String text) {
    assertThat(compilation).hadErrorContaining(text).inFile(source.file())
        .onLine(source.line(at));
  }

  /** Compiles without errors or warnings. */
  public static void clean(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
  }

  private static Pattern pattern(Message message, Object... values) {
    StringBuilder regex = new StringBuilder(Pattern.quote(message.prefix() + " "));
    Matcher placeholder = PLACEHOLDER.matcher(message.template());
    int literal = 0;
    while (placeholder.find()) {
      regex.append(Pattern.quote(message.template().substring(literal, placeholder.start())));
      int index = Integer.parseInt(placeholder.group(1));
      regex.append(index < values.length && values[index] != null
          ? Pattern.quote(Message.shown(values[index])) : ".*?");
      literal = placeholder.end();
    }
    regex.append(Pattern.quote(message.template().substring(literal)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
