package io.github.cookieledger.benchmarks.corpus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the database's free-text "Retention period" ({@code 1 year}, {@code 30 mins},
 * {@code End of session (browser)}, {@code forever}, …) to a {@code @Cookie} duration that the
 * processor accepts: {@code session} or ISO-8601, within the browser limit of 400 days and, for a
 * cookie that needs consent, within the default longest consent lifetime of 13 months.
 */
final class Retention {
  private static final Pattern AMOUNT = Pattern.compile(
      "^(\\d+)\\s*(seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\\b");
  private static final long DAY = 86_400;
  private static final long CONSENT_LIMIT_SECONDS = 13 * 30 * DAY; // P13M
  private static final long BROWSER_LIMIT_SECONDS = 400 * DAY;
  private static final Pattern LONG = Pattern.compile("forever|unlimited|permanent|persistent|no expiration");

  private Retention() {}

  /**
   * @param text the database's retention text
   * @param needsConsent whether the cookie's category needs consent
   * @return {@code session} or an ISO-8601 amount the processor accepts
   */
  static String toDuration(String text, boolean needsConsent) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    String limit = needsConsent ? "P13M" : "P400D";
    long limitSeconds = needsConsent ? CONSENT_LIMIT_SECONDS : BROWSER_LIMIT_SECONDS;
    if (LONG.matcher(t).find()) {
      return limit;
    }
    Matcher m = AMOUNT.matcher(t);
    if (!m.find()) {
      return "session"; // session, end of session, unknown, varies, local storage, …
    }
    long amount;
    try {
      amount = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      return limit;
    }
    if (amount <= 0) {
      return "session";
    }
    String unit = m.group(2);
    String iso;
    long seconds;
    if (unit.startsWith("s")) {
      iso = "PT" + amount + "S";
      seconds = amount;
    } else if (unit.startsWith("mi")) {
      iso = "PT" + amount + "M";
      seconds = amount * 60;
    } else if (unit.startsWith("h")) {
      iso = "PT" + amount + "H";
      seconds = amount * 3_600;
    } else if (unit.startsWith("d")) {
      iso = "P" + amount + "D";
      seconds = amount * DAY;
    } else if (unit.startsWith("w")) {
      iso = "P" + amount + "W";
      seconds = amount * 7 * DAY;
    } else if (unit.startsWith("mo")) {
      iso = "P" + amount + "M";
      seconds = amount * 30 * DAY;
    } else {
      iso = "P" + amount + "Y";
      seconds = amount * 365 * DAY;
    }
    return seconds > limitSeconds ? limit : iso;
  }
}
