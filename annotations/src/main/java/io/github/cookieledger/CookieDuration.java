package io.github.cookieledger;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie's declared lifetime: {@code session}, or an ISO-8601 amount in whole numbers ({@code
 * P1Y}, {@code P13M}, {@code P2W}, {@code P30D}, {@code PT30M}, {@code P1DT12H}).
 *
 * <p>Months count as 30 days and years as 365, the way cookie policies and browsers reckon them.
 * The processor uses the same parser, so what compiles is exactly what runs.
 */
public final class CookieDuration {
  /** Browsers keep no cookie longer than this (rfc6265bis "Cookie Lifetime Limits"). */
  public static final Duration BROWSER_LIMIT = Duration.ofDays(400);

  private static final String SESSION = "session";
  private static final Pattern ISO =
      Pattern.compile(
          "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
              + "(?:T(?=\\d)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  private static final long[] UNIT_SECONDS = {
    365L * 86_400, 30L * 86_400, 7L * 86_400, 86_400, 3_600, 60, 1
  };

  private final String text;
  private final long[] amounts;
  private final Duration maxAge;

  private CookieDuration(String text, long[] amounts, Duration maxAge) {
    this.text = text;
    this.amounts = amounts;
    this.maxAge = maxAge;
  }

  /** The lifetime of a session cookie: until the browser closes. */
  public static CookieDuration session() {
    return new CookieDuration(SESSION, new long[UNIT_SECONDS.length], null);
  }

  /**
   * Reads a declared duration.
   *
   * @param text {@code session} or an ISO-8601 amount such as {@code P13M}
   * @return the duration
   * @throws IllegalArgumentException when the text is neither, says why and what is accepted
   */
  public static CookieDuration parse(String text) {
    Objects.requireNonNull(text, "duration");
    if (text.equals(SESSION)) {
      return session();
    }
    Matcher m = ISO.matcher(text);
    if (text.equals("P") || !m.matches()) {
      throw new IllegalArgumentException(
          "\""
              + text
              + "\" is not a cookie duration: write \"session\" or an ISO-8601 amount in whole"
              + " numbers such as P1Y, P13M, P2W, P30D, PT30M or P1DT12H");
    }
    long[] amounts = new long[UNIT_SECONDS.length];
    long seconds = 0;
    try {
      for (int i = 0; i < amounts.length; i++) {
        String group = m.group(i + 1);
        if (group != null) {
          amounts[i] = Long.parseLong(group);
          seconds = Math.addExact(seconds, Math.multiplyExact(amounts[i], UNIT_SECONDS[i]));
        }
      }
    } catch (ArithmeticException | NumberFormatException tooLarge) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is far longer than browsers keep a cookie (400 days)");
    }
    if (seconds == 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is zero: a cookie must live a positive time, or use \"session\"");
    }
    return new CookieDuration(text, amounts, Duration.ofSeconds(seconds));
  }

  /**
   * The declared text, e.g. {@code "P13M"} or {@code "session"}.
   *
   * @return the text as declared
   */
  public String text() {
    return text;
  }

  /**
   * Whether this is a session cookie (no {@code Max-Age}).
   *
   * @return true for {@code session}
   */
  public boolean isSession() {
    return maxAge == null;
  }

  /**
   * The {@code Max-Age}: empty for a session cookie.
   *
   * @return the lifetime
   */
  public Optional<Duration> maxAge() {
    return Optional.ofNullable(maxAge);
  }

  /**
   * The declared amount of one unit, for writing the duration in words.
   *
   * @param unit the unit
   * @return the amount declared for it, 0 when absent
   */
  public long amount(Unit unit) {
    return amounts[unit.ordinal()];
  }

  /** The units of a declared duration, largest first. */
  public enum Unit {
    /** 365 days. */
    YEARS,
    /** 30 days. */
    MONTHS,
    /** 7 days. */
    WEEKS,
    /** 24 hours. */
    DAYS,
    /** 60 minutes. */
    HOURS,
    /** 60 seconds. */
    MINUTES,
    /** One second. */
    SECONDS
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CookieDuration && ((CookieDuration) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
