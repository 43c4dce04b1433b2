package io.github.cookieledger.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3 rule 4: {@code provider} and {@code purpose} are not blank; no text is longer than a
 * class file's string constant (65,535 bytes of modified UTF-8).
 */
@ProcessorTest
class TextRuleTest {
  @Parameter TestCompiler compiler;

  @ParameterizedTest(name = "provider = \"{0}\"")
  @ValueSource(strings = {"", "   "})
  void blankProviderIsAnError(String provider) {
    Source auth = Source.cookie("name = \"sessionid\"\nprovider = \"" + provider + "\"");
    Expect.onlyError(compiler.compile(auth), auth, "provider = ", Message.BLANK_PROVIDER,
        "sessionid", provider);
  }

  @ParameterizedTest(name = "purpose = \"{0}\"")
  @ValueSource(strings = {"", " \\t "})
  void blankPurposeIsAnError(String purpose) {
    Source auth = Source.cookie("name = \"sessionid\"\npurpose = \"" + purpose + "\"");
    Expect.onlyError(compiler.compile(auth), auth, "purpose = ", Message.BLANK_PURPOSE,
        "sessionid", purpose.replace("\\t", "\t"));
  }

  @Test
  void aTextLongerThanAClassFileHoldsIsAnError() {
    // 21,846 euro signs: 3 bytes each in modified UTF-8, 65,538 bytes
    Source auth = Source.cookie("name = \"sessionid\"\npurpose = \"" + "\u20ac".repeat(21_846) + "\"");
    Compilation compilation = compiler.compile(auth);
    if (compiler == TestCompiler.ECJ) {
      // ECJ also refuses the user's own class (below); the [cookie-text] error is there too
      Expect.error(compilation, auth, "purpose = ", Message.TEXT_TOO_LONG, "purpose",
          "sessionid", 65_538, 21_846);
      return;
    }
    Expect.onlyError(compilation, auth, "purpose = ", Message.TEXT_TOO_LONG, "purpose",
        "sessionid", 65_538, 21_846);
  }

  @Test
  void aTextOfExactlyTheLimitCompiles() {
    Source auth = Source.cookie("name = \"sessionid\"\nfunction = \"" + "\u20ac".repeat(21_845) + "\"");
    Compilation compilation = compiler.compile(auth);
    if (compiler == TestCompiler.ECJ) {
      // a finding: ECJ itself refuses a string of exactly 65,535 bytes in the user's own class
      // ("requires more than 65535 bytes"), one byte under the class file's limit; cookieledger
      // reports nothing and its generated code is not blamed
      assertFalse(compilation.errors().isEmpty(), Compile.diagnostics(compilation));
      for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
        assertEquals(auth.file().toUri(), error.getSource().toUri(), error.toString());
        assertFalse(error.getMessage(Locale.ROOT).contains("[cookie-"), error.toString());
      }
      return;
    }
    Expect.clean(compilation);
  }
}
