package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3 rule 4: {@code provider} and {@code purpose} are not blank; no text is longer than a
 * class file's string constant (65,535 bytes of modified UTF-8).
 */
class TextRuleTest {

  @ParameterizedTest(name = "provider = \"{0}\"")
  @ValueSource(strings = {"", "   "})
  void blankProviderIsAnError(String provider) {
    Source auth = Source.cookie("name = \"sessionid\"\nprovider = \"" + provider + "\"");
    Expect.onlyError(Compile.sources(auth), auth, "provider = ", Message.BLANK_PROVIDER,
        "sessionid", provider);
  }

  @ParameterizedTest(name = "purpose = \"{0}\"")
  @ValueSource(strings = {"", " \\t "})
  void blankPurposeIsAnError(String purpose) {
    Source auth = Source.cookie("name = \"sessionid\"\npurpose = \"" + purpose + "\"");
    Expect.onlyError(Compile.sources(auth), auth, "purpose = ", Message.BLANK_PURPOSE,
        "sessionid", purpose.replace("\\t", "\t"));
  }

  @Test
  void aTextLongerThanAClassFileHoldsIsAnError() {
    // 21,846 euro signs: 3 bytes each in modified UTF-8, 65,538 bytes
    Source auth = Source.cookie("name = \"sessionid\"\npurpose = \"" + "\u20ac".repeat(21_846) + "\"");
    Expect.onlyError(Compile.sources(auth), auth, "purpose = ", Message.TEXT_TOO_LONG, "purpose",
        "sessionid", 65_538, 21_846);
  }

  @Test
  void aTextOfExactlyTheLimitCompiles() {
    Source auth = Source.cookie("name = \"sessionid\"\nfunction = \"" + "\u20ac".repeat(21_845) + "\"");
    Expect.clean(Compile.sources(auth));
  }
}
