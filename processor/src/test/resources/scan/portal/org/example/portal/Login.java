package org.example.portal;

import com.sun.net.httpserver.Headers;
import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import java.net.HttpCookie;

final class Login {
  private static final String CSRF = "csrftoken";

  private Login() {}

  @Cookie(
      name = "sessionid",
      provider = "Opendatasoft",
      function = "Authentication (front and back office)",
      purpose = "To remember the user from one page to another",
      category = Category.NECESSARY)
  @Cookie(
      name = "csrftoken",
      provider = "Opendatasoft",
      function = "API (CSRF) (front et back office)",
      purpose = "To retrieve data via API calls",
      category = Category.NECESSARY)
  static void startSession(Headers response, String sessionId, String csrfToken) {
    response.add("Set-Cookie", "sessionid=" + sessionId + "; Path=/; Secure; HttpOnly; SameSite=Lax"); // sets sessionid
    HttpCookie csrf = new HttpCookie(CSRF, csrfToken); // sets csrftoken
    csrf.setPath("/");
    csrf.setSecure(true);
    csrf.setHttpOnly(true);
    response.add("Set-Cookie", CookieRegistry.CSRFTOKEN.setCookieHeader(csrf.getValue()));
  }

  static void endSession(Headers response) {
    response.add("Set-Cookie", CookieRegistry.SESSIONID.expireCookieHeader());
    response.add("Set-Cookie", CookieRegistry.CSRFTOKEN.expireCookieHeader());
  }
}
