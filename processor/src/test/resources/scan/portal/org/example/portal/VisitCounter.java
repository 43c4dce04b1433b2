package org.example.portal;

import com.sun.net.httpserver.Headers;
import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import java.net.HttpCookie;

final class VisitCounter {
  private VisitCounter() {}

  @Cookie(
      name = "visit_count",
      provider = "Opendatasoft",
      function = "Audience measurement (front office)",
      purpose = "To count visits without identifying the visitor",
      category = Category.STATISTICS,
      anonymized = true,
      duration = "P30D")
  static void count(Headers response, int visits) {
    HttpCookie cookie = new HttpCookie("visit_count", Integer.toString(visits)); // sets visit_count
    cookie.setMaxAge(60 * 60 * 24 * 30);
    cookie.setHttpOnly(true);
    response.add("Set-Cookie", CookieRegistry.VISIT_COUNT.setCookieHeader(cookie.getValue()));
  }
}
