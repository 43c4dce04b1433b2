package org.example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /logout}: ends the session and deletes {@code sessionid} and {@code csrftoken}.
 *
 * <p>The form must carry the {@code csrftoken} cookie's value, so another site cannot sign the
 * visitor out behind their back.
 */
final class Logout implements HttpHandler {
  static final String CSRF_FIELD = "csrfmiddlewaretoken";

  private final Sessions sessions;

  Logout(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    FormData form = FormData.body(exchange);
    RequestCookies cookies = RequestCookies.of(exchange);
    String expected = cookies.get(CookieRegistry.CSRFTOKEN.name()).orElse("");
    String sent = form.first(CSRF_FIELD).orElse("");
    if (expected.isEmpty() || !MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw new BadRequest(403, "CSRF check failed: sign out from the site's own form");
    }
    cookies.get(CookieRegistry.SESSIONID.name()).ifPresent(sessions::close);
    exchange.getResponseHeaders().add("Set-Cookie", CookieRegistry.SESSIONID.expireCookieHeader());
    exchange.getResponseHeaders().add("Set-Cookie", CookieRegistry.CSRFTOKEN.expireCookieHeader());
    Responses.redirect(exchange, BackLink.of(form));
  }
}
