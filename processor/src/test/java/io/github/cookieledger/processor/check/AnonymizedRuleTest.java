package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §3 rule 6: {@code anonymized} only with {@code STATISTICS}. */
class AnonymizedRuleTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NECESSARY", "FUNCTIONAL", "MARKETING"})
  void anonymizedOutsideStatisticsIsAnError(String category) {
    Source auth = Source.cookie(
        "name = \"_pk_id\"\ncategory = Category." + category + "\nanonymized = true");
    Expect.onlyError(Compile.sources(auth), auth, "anonymized = true",
        Message.ANONYMIZED_NOT_STATISTICS, "_pk_id", category);
  }

  @Test
  void anonymizedStatisticsIsAccepted() {
    Expect.clean(Compile.sources(Source.cookie(
        "name = \"_pk_id\"\ncategory = Category.STATISTICS\nanonymized = true")));
  }
}
