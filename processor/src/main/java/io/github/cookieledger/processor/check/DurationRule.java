package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.time.Duration;
import java.util.List;

/**
 * Rule 5: {@code session} or a positive ISO-8601 amount; never over 400 days (browsers cap
 * there); a cookie that needs consent no longer than {@code cookieledger.maxConsentLifetime}.
 */
final class DurationRule implements Rule {
  private final CookieDuration maxConsentLifetime;

  DurationRule(CookieDuration maxConsentLifetime) {
    this.maxConsentLifetime = maxConsentLifetime;
  }

  @Override
  public void check(Declaration d, List<Problem> problems) {
    CookieDuration duration;
    try {
      duration = CookieDuration.parse(d.attributes().duration());
    } catch (IllegalArgumentException invalid) {
      problems.add(Message.DURATION_INVALID.at(d.location(), "duration", d.name(),
          invalid.getMessage()));
      return;
    }
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
