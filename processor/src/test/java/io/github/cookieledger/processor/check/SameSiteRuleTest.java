package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** SPEC §3 rule 3: {@code sameSite = NONE} needs {@code secure}. */
@ProcessorTest
class SameSiteRuleTest {
  @Parameter TestCompiler compiler;

  @Test
  void sameSiteNoneWithoutSecureIsAnError() {
    Source auth = Source.cookie("name = \"embed\"\nsameSite = SameSite.NONE\nsecure = false");
    Expect.onlyError(compiler.compile(auth), auth, "secure = false",
        Message.SAMESITE_NONE_NOT_SECURE, "embed");
  }

  @Test
  void sameSiteNoneWithSecureIsAccepted() {
    Expect.clean(compiler.compile(Source.cookie("name = \"embed\"\nsameSite = SameSite.NONE")));
  }

  @Test
  void insecureLaxCookieIsAccepted() {
    Expect.clean(compiler.compile(Source.cookie("name = \"embed\"\nsecure = false")));
  }
}
