package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rule 5: {@code session} or a positive ISO-8601 amount; never over 400 days (browsers cap
 * there); a cookie that needs consent no longer than {@code cookieledger.maxConsentLifetime}. The
 * one place a declared duration is parsed: the ledger carries the result.
 */
final class DurationRule {
  private final CookieDuration maxConsentLifetime;

  DurationRule(CookieDuration maxConsentLifetime) {
    this.maxConsentLifetime = maxConsentLifetime;
  }

  /**
   * Parses and checks a declaration's duration.
   *
   * @return the parsed duration, even when over a limit; empty when it cannot be read (reported)
   */
  Optional<CookieDuration> check(Declaration d, List<Problem> problems) {
    Optional<CookieDuration> parsed = parse(d.attributes().duration(), reason ->
        problems.add(Message.DURATION_INVALID.at(d.location(), "duration", d.name(), reason)));
    parsed.ifPresent(duration -> checkLimits(d, duration, problems));
    return parsed;
  }

  /**
   * A declared duration, parsed.
   *
   * @param text the declared text
   * @param unreadable told why, when the text is no duration
   */
  static Optional<CookieDuration> parse(String text, Consumer<String> unreadable) {
    try {
      return Optional.of(CookieDuration.parse(text));
    } catch (IllegalArgumentException invalid) {
      unreadable.accept(invalid.getMessage());
      return Optional.empty();
    }
  }

  private void checkLimits(Declaration d, CookieDuration duration, List<Problem> problems) {
    Duration maxAge = duration.maxAge().orElse(Duration.ZERO);
    if (maxAge.compareTo(CookieDuration.BROWSER_LIMIT) > 0) {
      problems.add(Message.DURATION_OVER_BROWSER_LIMIT.at(d.location(), "duration", d.name(),
          duration, maxAge.toDays()));
    } else if (d.attributes().consentRequired()
        && maxAge.compareTo(maxConsentLifetime.maxAge().orElse(Duration.ZERO)) > 0) {
      problems.add(Message.DURATION_OVER_CONSENT_LIFETIME.at(d.location(), "duration", d.name(),
          duration, maxAge.toDays(), maxConsentLifetime,
          maxConsentLifetime.maxAge().orElseThrow().toDays()));
    }
  }
}
