package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.model.Declaration;
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
      problems.add(Problem.error("[cookie-duration] cookie \"" + d.name() + "\": duration "
          + invalid.getMessage() + ".", d.location(), "duration"));
      return;
    }
    Duration maxAge = duration.maxAge().orElse(Duration.ZERO);
    if (maxAge.compareTo(CookieDuration.BROWSER_LIMIT) > 0) {
      problems.add(Problem.error("[cookie-duration] cookie \"" + d.name() + "\" has duration \""
          + duration + "\" (" + maxAge.toDays() + " days), but browsers keep no cookie longer than"
          + " 400 days. Declare at most P400D (P13M is 390 days).", d.location(), "duration"));
    } else if (d.attributes().consentRequired()
        && maxAge.compareTo(maxConsentLifetime.maxAge().orElse(Duration.ZERO)) > 0) {
      problems.add(Problem.error("[cookie-duration] cookie \"" + d.name() + "\" needs consent and"
          + " has duration \"" + duration + "\" (" + maxAge.toDays() + " days), longer than the"
          + " longest consent lifetime " + maxConsentLifetime + " ("
          + maxConsentLifetime.maxAge().orElseThrow().toDays() + " days). Shorten it, or raise"
          + " -Acookieledger.maxConsentLifetime.", d.location(), "duration"));
    }
  }
}
