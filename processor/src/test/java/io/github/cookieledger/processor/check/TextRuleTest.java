package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §3 rule 4: {@code provider} and {@code purpose} are not blank. */
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
}
