package org.example.portal;

import com.sun.net.httpserver.Headers;
import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

final class LanguageSwitch {
  static final String LANGUAGE = "django_language";

  private LanguageSwitch() {}

  @Cookie(
      name = LANGUAGE,
      provider = "Opendatasoft",
      function = "Language (front office)",
      purpose = "To remember the language the visitor chose",
      category = Category.FUNCTIONAL,
      duration = "P1Y")
  static void choose(Headers response, String code) {
    response.set("Set-Cookie", LANGUAGE + "=" + code + "; Path=/; Max-Age=31536000; Secure; HttpOnly"); // sets django_language
  }
}
