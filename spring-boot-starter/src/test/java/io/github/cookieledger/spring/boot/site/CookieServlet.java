package io.github.cookieledger.spring.boot.site;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /cookies/<what>} sets one cookie, declared or not, so a test can see what the
 * starter's filter lets through.
 */
final class CookieServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String what = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    switch (what) {
      case "theme" -> theme(response, SiteCookies.THEME.setCookieHeader("dark"));
      // Declared, but sent without the declared Secure and HttpOnly.
      case "theme-altered" -> theme(response, "theme=dark; Path=/; SameSite=Lax");
      case "intruder" -> response.addHeader("Set-Cookie", "intruder=1; Path=/");
      case "session" -> request.getSession(true);
      case "none" -> { }
      default -> {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    response.setContentType("text/plain");
    response.getWriter().write("ok");
  }

  @Cookie(
      name = "theme",
      provider = "Shop",
      purpose = "To show the site in the colours the visitor picked",
      category = Category.FUNCTIONAL,
      duration = "P1Y")
  private static void theme(HttpServletResponse response, String header) {
    response.addHeader("Set-Cookie", header);
  }
}
