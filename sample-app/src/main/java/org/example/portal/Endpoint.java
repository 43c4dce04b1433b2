package org.example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One page of the site: answers only its exact path and method, and turns a failed request into
 * a status code instead of a dropped connection.
 *
 * <p>The JDK server gives a context every path that starts with its own ({@code /consent} also
 * gets {@code /consentx}), so the exact match is checked here.
 */
final class Endpoint implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(Endpoint.class.getName());

  private final String path;
  private final String method;
  private final HttpHandler page;

  private Endpoint(String path, String method, HttpHandler page) {
    this.path = path;
    this.method = method;
    this.page = page;
  }

  static Endpoint get(String path, HttpHandler page) {
    return new Endpoint(path, "GET", page);
  }

  static Endpoint post(String path, HttpHandler page) {
    return new Endpoint(path, "POST", page);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    // Not try-with-resources: that would close the exchange before the catch blocks answer.
    try {
      if (!exchange.getRequestURI().getRawPath().equals(path)) {
        Responses.text(exchange, 404, "Not found: " + exchange.getRequestURI().getRawPath());
      } else if (!exchange.getRequestMethod().equals(method)) {
        exchange.getResponseHeaders().set("Allow", method);
        Responses.text(exchange, 405, "Method not allowed: use " + method);
      } else {
        page.handle(exchange);
      }
    } catch (BadRequest e) {
      failIfNothingSent(exchange, e.status(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "failed to answer " + exchange.getRequestMethod() + " " + path, e);
      failIfNothingSent(exchange, 500, "Internal server error");
    } finally {
      exchange.close();
    }
  }

  private static void failIfNothingSent(HttpExchange exchange, int status, String message)
      throws IOException {
    // Once the status line has gone out, the best left is to close the connection.
    if (exchange.getResponseCode() == -1) {
      exchange.getResponseHeaders().remove("Set-Cookie");
      Responses.text(exchange, status, message);
    }
  }
}
