package io.github.cookieledger.processor.known;

import io.github.cookieledger.CookieDuration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a platform keeps a cookie, read from the Open Cookie Database's free-text {@code
 * Retention period} ("2 years", "Session", "30 mins", "13 months by default, modifiable"). What
 * the text does not say plainly (a range, a date, "Varies", a condition) is {@link Kind#UNKNOWN}
 * and never leads to a finding.
 *
 * @param kind what the text says
 * @param seconds the lifetime for {@link Kind#DURATION}, months 30 days and years 365 as in
 *     declared durations; 0 otherwise
 * @param text the database's text, as written
 */
public record Retention(Kind kind, long seconds, String text) {

  /** What a retention text says. */
  public enum Kind {
    /** Until the browser closes. */
    SESSION,
    /** A number of seconds. */
    DURATION,
    /** Never expires ("forever", "Unlimited"): as long as browsers keep any cookie. */
    UNLIMITED,
    /** A range, a date, a condition or no period at all. */
    UNKNOWN
  }

  private static final long DAY = 86_400;

  /** Reads one database text; never throws. */
  public static Retention parse(String text) {
    return Spelling.read(text);
  }

  /**
   * The spellings the database uses, held apart from the record: the shipped index stores each
   * row's kind and seconds, so a compilation that only opens it never compiles these patterns.
   */
  private static final class Spelling {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> SESSION = Set.of(
        "session", "sessions", "seesion", "session cookie", "end of session (browser)");
    private static final Set<String> UNLIMITED_WORDS =
        Set.of("forever", "unlimited", "no expiration", "permanent");
    private static final Map<String, Long> UNIT_SECONDS = Map.ofEntries(
        Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("second", 1L),
        Map.entry("min", 60L), Map.entry("minute", 60L),
        Map.entry("h", 3_600L), Map.entry("hour", 3_600L),
        Map.entry("d", DAY), Map.entry("day", DAY),
        Map.entry("w", 7 * DAY), Map.entry("week", 7 * DAY),
        Map.entry("month", 30 * DAY),
        Map.entry("y", 365 * DAY), Map.entry("year", 365 * DAY));
    /**
     * An amount and a unit, and at most one remark that keeps the amount the platform's own
     * lifetime: a lower bound ("or longer"), a default ("by default, modifiable"), a refresh
     * ("after last activity", "from set/ update") or a longer local exception.
     */
    private static final Pattern AMOUNT = Pattern.compile(
        "(\\d{1,6}) ?([a-z]+?)s?"
            + "(?: or longer| after last activity| by default, modifiable| from set/ update"
            + "| \\(in some countries, the period may be longer\\))?");

    private Spelling() {}

    static Retention read(String text) {
      String plain = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
      if (SESSION.contains(plain)) {
        return new Retention(Kind.SESSION, 0, text);
      }
      if (UNLIMITED_WORDS.contains(plain)) {
        return new Retention(Kind.UNLIMITED, 0, text);
      }
      Matcher amount = AMOUNT.matcher(plain);
      if (amount.matches() && UNIT_SECONDS.containsKey(amount.group(2))) {
        long seconds = Long.parseLong(amount.group(1)) * UNIT_SECONDS.get(amount.group(2));
        return new Retention(Kind.DURATION, seconds, text);
      }
      return new Retention(Kind.UNKNOWN, 0, text);
    }
  }

  /**
   * How long a browser keeps the cookie, in seconds: the text's lifetime, at most {@link
   * CookieDuration#BROWSER_LIMIT}; 0 for a session or an unknown period.
   */
  public long browserSeconds() {
    long limit = CookieDuration.BROWSER_LIMIT.toSeconds();
    return switch (kind) {
      case DURATION -> Math.min(seconds, limit);
      case UNLIMITED -> limit;
      case SESSION, UNKNOWN -> 0;
    };
  }

  /** Whether the text names a lifetime that outlives the browser session. */
  public boolean isPersistent() {
    return (kind == Kind.DURATION && seconds > 0) || kind == Kind.UNLIMITED;
  }

  /**
   * The lifetime as a declared {@code duration}: {@code session}, or an ISO-8601 amount no longer
   * than browsers keep a cookie; empty when the text says no period.
   */
  public String declarable() {
    if (kind == Kind.SESSION) {
      return "session";
    }
    if (!isPersistent()) {
      return "";
    }
    long seconds = browserSeconds();
    if (seconds % (365 * DAY) == 0) {
      return "P" + seconds / (365 * DAY) + "Y";
    }
    if (seconds % (30 * DAY) == 0) {
      return "P" + seconds / (30 * DAY) + "M";
    }
    if (seconds % DAY == 0) {
      return "P" + seconds / DAY + "D";
    }
    if (seconds % 3_600 == 0) {
      return "PT" + seconds / 3_600 + "H";
    }
    if (seconds % 60 == 0) {
      return "PT" + seconds / 60 + "M";
    }
    return "PT" + seconds + "S";
  }

  /** The text for a message: "2 years", or "2 years (browsers keep it at most 400 days)". */
  public String describe() {
    String said = text.strip();
    return browserSeconds() < seconds || kind == Kind.UNLIMITED
        ? said + " (browsers keep a cookie at most 400 days)" : said;
  }
}
