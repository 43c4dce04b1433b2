package io.github.cookieledger.servlet;

import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The deleting {@code Set-Cookie} headers for cookies a visitor's consent no longer allows: each
 * with every declared attribute ({@link CookieDefinition#expireCookieHeader()}), so HttpOnly and
 * parent-domain cookies, which page scripts cannot delete, go too.
 */
final class Withdrawal {
  private Withdrawal() {}

  /**
   * @param carried the cookie names the request carried
   * @param before the consent that held so far
   * @param now the consent that holds from this response on
   * @param alreadyExpired names already deleted in this response; the new ones are added
   * @return the headers to add
   */
  static List<String> headers(LedgerRegistry registry, Collection<String> carried, Consent before,
      Consent now, Collection<String> alreadyExpired) {
    List<String> headers = new ArrayList<>();
    for (String name : carried) {
      Optional<CookieDefinition> cookie = registry.find(name);
      if (cookie.isPresent() && !now.allows(cookie.get()) && !alreadyExpired.contains(name)) {
        alreadyExpired.add(name);
        headers.add(cookie.get().isPattern()
            ? cookie.get().expireCookieHeader(name) : cookie.get().expireCookieHeader());
      }
    }
    // A withdrawn cookie the browser did not send here (set for another path) is deleted too; a
    // pattern's concrete names are only known when sent.
    for (CookieDefinition cookie : registry.all()) {
      if (!cookie.isPattern() && before.allows(cookie) && !now.allows(cookie)
          && !alreadyExpired.contains(cookie.name())) {
        alreadyExpired.add(cookie.name());
        headers.add(cookie.expireCookieHeader());
      }
    }
    return headers;
  }
}
