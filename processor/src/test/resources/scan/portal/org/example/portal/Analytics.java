package org.example.portal;

import com.sun.net.httpserver.Headers;
import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

final class Analytics {
  private static final int SITE_ID = 1;

  private Analytics() {}

  @Cookie(
      name = "_pk_ses.*",
      constant = "PK_SES",
      provider = "Matomo",
      function = "Audience measurement (front office)",
      purpose = "To group the pages a visitor sees in one visit",
      category = Category.STATISTICS,
      duration = "PT30M")
  static void startVisit(Headers response) {
    response.add("Set-Cookie", "_pk_ses." + SITE_ID + "=1; Path=/; Max-Age=1800; Secure; HttpOnly"); // sets _pk_ses.*
  }
}
