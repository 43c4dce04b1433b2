package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3 rule 5: {@code session} or a positive ISO-8601 amount; at most 400 days; a cookie that
 * needs consent at most {@code cookieledger.maxConsentLifetime} (default P13M = 390 days).
 */
@ProcessorTest
class DurationRuleTest {
  @Parameter TestCompiler compiler;

  private Source cookie(String category, String duration) {
    return Source.cookie("name = \"c\"\ncategory = Category." + category
        + "\nduration = \"" + duration + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "1 year", "P", "PT", "P1.5Y", "-P1D", "P-1D", "p1d", "P1H", "PT1D",
      "P1D2", "1D", "SESSION", "P1Y ", "P0D", "PT0S"})
  void invalidDurationIsAnError(String duration) {
    Source auth = cookie("NECESSARY", duration);
    Expect.onlyError(compiler.compile(auth), auth, "duration = ", Message.DURATION_INVALID, "c");
    Expect.error(compiler.compile(auth), auth, "duration = ", "duration \"" + duration + "\" is ");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"session", "P1Y", "P13M", "P2W", "P30D", "P1Y1M", "PT30M", "PT36H",
      "P1DT12H", "PT1S", "P400D"})
  void validDurationOfANecessaryCookieIsAccepted(String duration) {
    Expect.clean(compiler.compile(cookie("NECESSARY", duration)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"P401D", "P2Y", "P14M", "PT9601H", "P1Y36D"})
  void overFourHundredDaysIsAnError(String duration) {
    Source auth = cookie("NECESSARY", duration);
    Expect.onlyError(compiler.compile(auth), auth, "duration = ",
        Message.DURATION_OVER_BROWSER_LIMIT, "c", duration);
  }

  @Test
  void consentCookieOverThirteenMonthsIsAnError() {
    Source auth = cookie("MARKETING", "P391D");
    Expect.onlyError(compiler.compile(auth), auth, "duration = ",
        Message.DURATION_OVER_CONSENT_LIFETIME, "c", "P391D", 391, "P13M", 390);
  }

  @Test
  void consentCookieOfThirteenMonthsIsAccepted() {
    Expect.clean(compiler.compile(cookie("FUNCTIONAL", "P13M")));
  }

  @Test
  void cookiesWithoutConsentMayLiveLongerThanThirteenMonths() {
    Expect.clean(compiler.compile(cookie("NECESSARY", "P395D")));
    // anonymized statistics need no consent either, but the CNIL's 13 months bind them (P390D)
    Expect.clean(compiler.compile(Source.cookie(
        "name = \"c\"\ncategory = Category.STATISTICS\nanonymized = true\nduration = \"P390D\"")));
  }

  @Test
  void maxConsentLifetimeOptionLowersTheLimit() {
    List<String> sixMonths = List.of("cookieledger.maxConsentLifetime=P6M");
    Source tooLong = cookie("STATISTICS", "P7M");
    Expect.onlyError(compiler.compile(sixMonths, tooLong), tooLong, "duration = ",
        Message.DURATION_OVER_CONSENT_LIFETIME, "c", "P7M", 210, "P6M", 180);
    Expect.clean(compiler.compile(sixMonths, cookie("STATISTICS", "P6M")));
    Expect.clean(compiler.compile(sixMonths, cookie("NECESSARY", "P7M")));
  }
}
