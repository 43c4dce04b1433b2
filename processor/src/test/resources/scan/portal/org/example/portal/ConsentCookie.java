package org.example.portal;

import com.sun.net.httpserver.Headers;
import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

final class ConsentCookie {
  private ConsentCookie() {}

  @Cookie(
      name = "cookies_preferences",
      provider = "Opendatasoft",
      function = "Choices related to your cookie preferences",
      purpose = "To remember the visitor's cookie preferences",
      category = Category.NECESSARY,
      duration = "P6M")
  static void store(Headers response, String choice) {
    response.add("Set-Cookie", CookieRegistry.COOKIES_PREFERENCES.setCookieHeader(choice));
  }
}
