package io.github.cookieledger.processor;

import static io.github.cookieledger.processor.testing.Source.literal;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.Parameter;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.ProcessorTest;
import com.google.testing.compile.Compilation;
import io.github.cookieledger.MessageText;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Source;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10.4: a declared value (or an option) holding CR, LF, NUL, another C0 or C1 control, DEL,
 * U+2028/9 or a bidi control appears in every diagnostic as {@code U+XXXX}: no value forges a log
 * line, moves a terminal's cursor or reorders what the reader sees.
 */
@ProcessorTest
class DiagnosticEscapingTest {
  @Parameter TestCompiler compiler;


  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r", "\u0000", "\u001b[31m", "\u007f", "\u0085", "\u2028",
      "\u2029", "\u202e", "\u2066", "\u200f", "\ud800"})
  void everyValueInEveryMessageIsPrintable(String hostile) {
    String h = literal(hostile).substring(1, literal(hostile).length() - 1);
    Source auth = Source.cookie(
        "name = \"a" + h + "b\"",
        "name = \"ok\"\nprovider = \"" + h + "\"\npurpose = \"" + h + "\"",
        "name = \"d\"\nduration = \"P1" + h + "Y\"\ndomain = \"x" + h + ".org\"\npath = \"/" + h
            + "\"\nconstant = \"C" + h + "\"",
        "name = \"__Host-" + h + "\"\nsecure = false");
    Compilation compilation = compiler.compile(
        List.of("cookieledger.formats=md," + hostile, "cookieledger.undeclared=" + hostile,
            "cookieledger.maxConsentLifetime=" + hostile), auth);

    List<Diagnostic<? extends JavaFileObject>> diagnostics =
        List.copyOf(compilation.diagnostics());
    assertTrue(diagnostics.size() >= 8, Compile.diagnostics(compilation));
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String message = d.getMessage(Locale.ROOT);
      message.codePoints().forEach(c -> assertFalse(MessageText.isUnsafe(c),
          () -> "raw " + MessageText.codePoint(c) + " in " + MessageText.escape(message)));
    }
    assertTrue(diagnostics.stream().anyMatch(d -> d.getMessage(Locale.ROOT).contains(
        MessageText.codePoint(hostile.codePointAt(0)))), Compile.diagnostics(compilation));
  }
}
