package org.example.springportal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.OptionalInt;
import org.springframework.web.util.WebUtils;

/**
 * Counts a visitor's visits to the home page in a cookie, for audience statistics. The count
 * belongs to one browser, so it is not anonymized: it needs the visitor's consent. (Without it
 * the starter's filter would drop the cookie anyway; asking first keeps the page honest.)
 */
final class VisitCounter {
  /** Enough for any real visitor; keeps the value a short number. */
  static final int MAX = 999_999_999;

  private VisitCounter() {}

  /** @return the visit number, or empty when the visitor did not allow counting */
  @Cookie(
      name = "visit_count",
      provider = "This portal",
      function = "Visit counter (home page)",
      purpose = "To count how many times you have opened the home page, for our audience"
          + " statistics",
      category = Category.STATISTICS,
      duration = "P6M")
  static OptionalInt count(
      HttpServletRequest request, Consent consent, HttpServletResponse response) {
    if (!consent.allows(CookieRegistry.VISIT_COUNT)) {
      return OptionalInt.empty();
    }
    int visits = previous(request) + 1;
    response.addHeader(
        "Set-Cookie", CookieRegistry.VISIT_COUNT.setCookieHeader(Integer.toString(visits)));
    return OptionalInt.of(visits);
  }

  private static int previous(HttpServletRequest request) {
    jakarta.servlet.http.Cookie cookie =
        WebUtils.getCookie(request, CookieRegistry.VISIT_COUNT.name());
    String value = cookie == null ? "" : cookie.getValue();
    // Anything but a plain number (edited by hand, say) starts the count again.
    if (value.isEmpty() || value.length() > 9
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    return Math.min(Integer.parseInt(value), MAX - 1);
  }
}
