package io.github.cookieledger.processor.check;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.Party;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Rule 6: {@code anonymized = true} drops consent, so it must meet the conditions under which an
 * audience measurement needs none: statistics only, and the CNIL's conditions for consent-free
 * audience measurement (deliberation 2020-091 and its guidance): set by the site itself (first
 * party) and kept at most 13 months.
 */
final class AnonymizedRule implements DurationAwareRule {
  /** The CNIL's longest lifetime of a consent-free audience-measurement cookie. */
  static final String CNIL_MAX = "P13M";
  private static final Duration CNIL_MAX_AGE = CookieDuration.parse(CNIL_MAX).maxAge().orElseThrow();

  @Override
  public void check(Declaration d, Optional<CookieDuration> duration, List<Problem> problems) {
    if (!d.attributes().anonymized()) {
      return;
    }
    if (d.attributes().category() != Category.STATISTICS) {
      problems.add(Message.ANONYMIZED_NOT_STATISTICS.at(d.location(), "anonymized", d.name(),
          d.attributes().category()));
    }
    if (d.attributes().party() != Party.FIRST_PARTY) {
      problems.add(Message.ANONYMIZED_NOT_FIRST_PARTY.at(d.location(), "party", d.name(),
          d.attributes().party()));
    }
    // an unreadable duration is DurationRule's
    if (duration.flatMap(CookieDuration::maxAge).filter(age -> age.compareTo(CNIL_MAX_AGE) > 0)
        .isPresent()) {
      problems.add(Message.ANONYMIZED_TOO_LONG.at(d.location(), "duration", d.name(),
          d.attributes().duration(), CNIL_MAX));
    }
  }
}
