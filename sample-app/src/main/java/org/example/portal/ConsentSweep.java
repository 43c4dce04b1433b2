package org.example.portal;

import com.sun.net.httpserver.Headers;
import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deletes the cookies a visitor no longer allows: after they withdraw a category, and whenever
 * their browser still holds a consent cookie their current choice does not cover (a choice made
 * under an older policy counts as none).
 */
final class ConsentSweep {
  private ConsentSweep() {}

  /**
   * Adds a deleting {@code Set-Cookie} for each such cookie.
   *
   * @param carried the cookies the browser sent
   * @param before the choice the visitor had
   * @param now the choice that holds from this response on
   * @param response where the headers go
   * @return the names of the deleted cookies
   */
  static Set<String> expireDisallowed(
      RequestCookies carried, Consent before, Consent now, Headers response) {
    Set<String> expired = new TreeSet<>();
    for (String name : carried.names()) {
      Optional<CookieDefinition> cookie = CookieRegistry.find(name);
      if (cookie.isPresent() && !now.allows(cookie.get())) {
        expired.add(name);
        CookieDefinition definition = cookie.get();
        // Written out here, not in a helper, so the build's scan for undeclared cookies sees
        // that the header comes from a declaration.
        response.add("Set-Cookie", definition.isPattern()
            ? definition.expireCookieHeader(name) : definition.expireCookieHeader());
      }
    }
    // The browser may hold a withdrawn cookie it did not send here (another path): delete those
    // of the withdrawn categories too. A pattern's concrete names are only known when sent.
    for (CookieDefinition cookie : CookieRegistry.all()) {
      if (!cookie.isPattern() && before.allows(cookie) && !now.allows(cookie)
          && expired.add(cookie.name())) {
        response.add("Set-Cookie", cookie.expireCookieHeader());
      }
    }
    return expired;
  }
}
