package io.github.cookieledger.processor.check;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §3 rule 6 and the CNIL's conditions for consent-free audience measurement: {@code
 * anonymized} only with {@code STATISTICS}, {@code FIRST_PARTY} and at most {@code P13M}.
 */
@ProcessorTest
class AnonymizedRuleTest {
  @Parameter TestCompiler compiler;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NECESSARY", "FUNCTIONAL", "MARKETING"})
  void anonymizedOutsideStatisticsIsAnError(String category) {
    Source auth = Source.cookie("name = \"visits\"\ncategory = Category." + category
        + "\nanonymized = true");
    Expect.onlyError(compiler.compile(auth), auth, "anonymized = true",
        Message.ANONYMIZED_NOT_STATISTICS, "visits", category);
  }

  @Test
  void anonymizedStatisticsIsAccepted() {
    Expect.clean(compiler.compile(Source.cookie(
        "name = \"_pk_id\"\ncategory = Category.STATISTICS\nanonymized = true\nduration = \"P13M\"")));
  }

  @Test
  void anonymizedThirdPartyIsAnErrorNamingTheCondition() {
    Source auth = Source.cookie("name = \"visits\"\ncategory = Category.STATISTICS\n"
        + "party = Party.THIRD_PARTY\nanonymized = true");
    Expect.onlyError(compiler.compile(auth), auth, "party = Party.THIRD_PARTY",
        Message.ANONYMIZED_NOT_FIRST_PARTY, "visits", "THIRD_PARTY");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"P14M", "P1Y2M", "P396D", "P57W"})
  void anonymizedLongerThanThirteenMonthsIsAnError(String duration) {
    Source auth = Source.cookie("name = \"visits\"\ncategory = Category.STATISTICS\n"
        + "duration = \"" + duration + "\"\nanonymized = true");
    Expect.error(compiler.compile(auth), auth, "duration = ", Message.ANONYMIZED_TOO_LONG, "visits",
        duration, "P13M");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"P13M", "P390D", "P1Y", "session", "PT30M"})
  void anonymizedUpToThirteenMonthsIsAccepted(String duration) {
    Expect.clean(compiler.compile(Source.cookie("name = \"visits\"\n"
        + "category = Category.STATISTICS\nduration = \"" + duration + "\"\nanonymized = true")));
  }

  @Test
  void everyUnmetConditionIsReported() {
    Source auth = Source.cookie("name = \"visits\"\ncategory = Category.MARKETING\n"
        + "party = Party.THIRD_PARTY\nduration = \"P13M1D\"\nanonymized = true");
    Compilation compilation = compiler.compile(auth);
    Expect.error(compilation, auth, "anonymized = true", Message.ANONYMIZED_NOT_STATISTICS,
        "visits", "MARKETING");
    Expect.error(compilation, auth, "party = ", Message.ANONYMIZED_NOT_FIRST_PARTY, "visits",
        "THIRD_PARTY");
    Expect.error(compilation, auth, "duration = ", Message.ANONYMIZED_TOO_LONG, "visits",
        "P13M1D", "P13M");
  }
}
