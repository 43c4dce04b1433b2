package org.example.portal;

import com.sun.net.httpserver.Headers;
import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.Cookie;
import java.time.Instant;
import java.util.Optional;

/**
 * The visitor's cookie choice, kept in the policy's consent cookie ({@code cookies_preferences},
 * {@code CookieRegistry.consentCookie()}) with the policy revision it was made under, the time it
 * was made and its id. A choice older than {@code CookieRegistry.consentLifetime()} counts as none.
 */
final class ConsentCookie {
  private ConsentCookie() {}

  /**
   * @return the visitor's choice, or empty when they have none under the current policy (never
   *     asked, garbage, a choice made before the policy changed or longer ago than the consent
   *     lifetime): then the banner asks
   */
  static Optional<Consent> read(RequestCookies cookies) {
    String name = CookieRegistry.consentCookie().orElseThrow().name();
    return Consent.read(cookies.get(name).orElse(null), CookieRegistry.REVISION,
        CookieRegistry.consentLifetime(), Instant.now());
  }

  /** @return the choice to act on: without a valid one, only the necessary cookies */
  static Consent effective(RequestCookies cookies) {
    return read(cookies).orElse(Consent.necessaryOnly());
  }

  @Cookie(
      name = "cookies_preferences",
      provider = "Opendatasoft",
      function = "Choices related to your cookie preferences",
      purpose = "To remember the visitor's cookie preferences",
      category = Category.NECESSARY,
      // As long as a choice counts (@CookiePolicy's consentLifetime, P6M by default).
      duration = "P6M")
  static void store(Headers response, Consent consent) {
    String value = consent.format(CookieRegistry.REVISION);
    response.add("Set-Cookie", CookieRegistry.COOKIES_PREFERENCES.setCookieHeader(value));
  }
}
