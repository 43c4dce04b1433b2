package io.github.cookieledger.processor.known;

import io.github.cookieledger.Category;
import io.github.cookieledger.Party;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A draft declaration of a cookie the Open Cookie Database knows, for the message about an
 * undeclared cookie: provider, purpose, category and duration taken from the database, to be
 * reviewed (the database describes the platform's default use, not necessarily the site's).
 *
 * @param provider the platform
 * @param purpose the database's description
 * @param category the category that fits the database's
 * @param duration the database's retention as a declarable duration, or empty when it says none
 * @param thirdParty whether the database marks the cookie as set by a third party
 */
public record CookieDraft(String provider, String purpose, Category category, String duration,
    boolean thirdParty) {

  /**
   * The draft for a concrete cookie name that code sets, from the database's first row for it.
   * None when the rows that can describe a site's cookie (not another platform's own site cookie,
   * such as Instagram's {@code sessionid}) name no platform or several: a draft would then guess.
   */
  public static Optional<CookieDraft> of(KnownCookies database, String name) {
    List<KnownCookie> rows = new ArrayList<>();
    Set<String> platforms = new HashSet<>();
    for (KnownCookie row : database.describing(name)) {
      if (row.appliesTo(Party.FIRST_PARTY, "")) {
        rows.add(row);
        platforms.add(row.platform());
      }
    }
    if (platforms.size() != 1) {
      return Optional.empty();
    }
    KnownCookie row = rows.get(0);
    return Optional.of(new CookieDraft(row.platform(), row.description(), row.suggestedCategory(),
        row.retention().declarable(), row.isThirdParty()));
  }
}
