package io.github.cookieledger.processor.known;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDomains;
import io.github.cookieledger.CookieNames;
import io.github.cookieledger.Party;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One row of the Open Cookie Database (or of a user's file in the same columns).
 *
 * @param name the cookie name as the row gives it, stripped of surrounding white space and soft
 *     hyphens
 * @param pattern the name as a cookieledger pattern ({@code *} for one or more characters) when
 *     the row covers a family of names (wildcard flag {@code 1}: a prefix; {@code *} or {@code
 *     %INTEGER%} placeholders), else the name itself
 * @param platform who sets it ("Google Analytics")
 * @param category the database's category: {@code Functional}, {@code Analytics}, ...
 * @param domain the database's domain column ("cookiebot.com (3rd party)"), or empty
 * @param description what it is for
 * @param retention how long the platform keeps it
 * @param controller the data controller ("Google")
 * @param source where the row comes from, for messages: the database, or a user file and line
 */
public record KnownCookie(
    String name,
    String pattern,
    String platform,
    String category,
    String domain,
    String description,
    Retention retention,
    String controller,
    String source) {
  private static final Pattern HOST = Pattern.compile("\\.?[a-z0-9-]+(\\.[a-z0-9-]+)+");


  /** Whether the row covers a family of names rather than one. */
  public boolean isPattern() {
    return CookieNames.isPattern(pattern);
  }

  /**
   * Whether the row and a declared name or pattern can mean the same cookie: equal names; a
   * declared name the row's pattern covers; a row name the declared pattern covers; or, for two
   * patterns, one covering a name of the other.
   */
  public boolean overlaps(String declared) {
    if (!isPattern() && !CookieNames.isPattern(declared)) {
      return pattern.equals(declared);
    }
    return CookieNames.matches(pattern, example(declared))
        || CookieNames.matches(declared, example(pattern));
  }

  /** A concrete name of a pattern: each {@code *} as one character. */
  private static String example(String name) {
    return name.replace(CookieNames.WILDCARD, '0');
  }

  /** The database's category as the cookieledger category that fits it best. */
  public Category suggestedCategory() {
    return switch (category) {
      case "Analytics" -> Category.STATISTICS;
      case "Marketing" -> Category.MARKETING;
      case "Necessary", "Security" -> Category.NECESSARY;
      default -> Category.FUNCTIONAL;
    };
  }

  /**
   * Whether the row can describe a cookie declared with this party and domain. A row whose domain
   * is a plain host ({@code instagram.com}, not marked "3rd party") describes the cookie of that
   * platform's own site ({@code sessionid} of Instagram): it applies to a third-party declaration,
   * or to one whose domain is that host or under it, never to another site's own cookie of the
   * same name. Every other row applies to every declaration.
   */
  public boolean appliesTo(Party party, String declaredDomain) {
    String host = domain.toLowerCase(Locale.ROOT);
    if (party == Party.THIRD_PARTY || !HOST.matcher(host).matches()) {
      return true;
    }
    host = CookieDomains.withoutLeadingDot(host);
    String declared = CookieDomains.withoutLeadingDot(declaredDomain.toLowerCase(Locale.ROOT));
    return declared.equals(host) || declared.endsWith("." + host);
  }

  /** Whether the database says a third party sets it (its domain column says "3rd party"). */
  public boolean isThirdParty() {
    return domain.contains("3rd party");
  }
}
