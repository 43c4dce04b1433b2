package org.example.portal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import java.io.IOException;

/** {@code POST /login}: any user name signs in (a sample, no passwords). */
final class Login implements HttpHandler {
  static final String FIELD = "username";
  static final int MAX_USERNAME = 64;

  private final Sessions sessions;

  Login(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    FormData form = FormData.body(exchange);
    String user = form.first(FIELD).map(String::strip).orElse("");
    if (user.isEmpty() || user.length() > MAX_USERNAME
        || user.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequest("username: 1 to " + MAX_USERNAME + " characters, no control characters");
    }
    startSession(exchange.getResponseHeaders(), sessions.open(user), Sessions.token());
    Responses.redirect(exchange, BackLink.of(form));
  }

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
    response.add("Set-Cookie", CookieRegistry.SESSIONID.setCookieHeader(sessionId));
    // Double-submit: the signed-in pages repeat this token in their forms; Logout compares both.
    response.add("Set-Cookie", CookieRegistry.CSRFTOKEN.setCookieHeader(csrfToken));
  }
}
