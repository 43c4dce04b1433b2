package org.example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** {@code GET /cookies.json}: the generated machine-readable list, as the build wrote it. */
final class CookiesJson implements HttpHandler {
  private final PolicyResources policy;

  CookiesJson(PolicyResources policy) {
    this.policy = policy;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Responses.send(exchange, 200, "application/json; charset=utf-8", policy.cookiesJson());
  }
}
