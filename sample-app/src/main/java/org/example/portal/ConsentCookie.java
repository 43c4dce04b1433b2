package org.example.portal;

import com.sun.net.httpserver.Headers;
import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.Cookie;
import java.util.Optional;

/**
 * The visitor's cookie choice, kept in {@code cookies_preferences} together with the policy
 * revision it was made under.
 */
final class ConsentCookie {
  private ConsentCookie() {}

  /**
   * @return the visitor's choice, or empty when they have none under the current policy (never
   *     asked, garbage, or a choice made before the policy changed): then the banner asks
   */
  static Optional<Consent> read(RequestCookies cookies) {
    return Consent.read(
        cookies.get(CookieRegistry.COOKIES_PREFERENCES.name()).orElse(null),
        CookieRegistry.REVISION);
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
      // Ask again twice a year; well under the 13 months regulators accept for a choice.
      duration = "P6M")
  static void store(Headers response, Consent consent) {
    String value = consent.format(CookieRegistry.REVISION);
    response.add("Set-Cookie", CookieRegistry.COOKIES_PREFERENCES.setCookieHeader(value));
  }
}
