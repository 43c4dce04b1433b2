package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import org.junit.jupiter.api.Test;

/** SPEC §3 rule 3: {@code sameSite = NONE} needs {@code secure}. */
class SameSiteRuleTest {

  @Test
  void sameSiteNoneWithoutSecureIsAnError() {
    Source auth = Source.cookie("name = \"embed\"\nsameSite = SameSite.NONE\nsecure = false");
    Expect.onlyError(Compile.sources(auth), auth, "secure = false",
        Message.SAMESITE_NONE_NOT_SECURE, "embed");
  }

  @Test
  void sameSiteNoneWithSecureIsAccepted() {
    Expect.clean(Compile.sources(Source.cookie("name = \"embed\"\nsameSite = SameSite.NONE")));
  }

  @Test
  void insecureLaxCookieIsAccepted() {
    Expect.clean(Compile.sources(Source.cookie("name = \"embed\"\nsecure = false")));
  }
}
