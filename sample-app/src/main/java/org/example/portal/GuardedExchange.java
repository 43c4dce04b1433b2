package org.example.portal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * An exchange whose {@link #sendResponseHeaders} checks the {@code Set-Cookie} headers first.
 *
 * <p>On a problem it logs it, sends a 500 without any cookie in place of the handler's response,
 * and quietly drops whatever the handler writes afterwards: the handler needs no special code,
 * and the visitor's browser never receives the cookie.
 */
final class GuardedExchange extends HttpExchange {
  private static final Logger LOG = Logger.getLogger(ResponseGuard.class.getName());
  private static final byte[] REFUSED =
      ("Internal server error: this response would have set a cookie the site's policy does"
          + " not list.\n").getBytes(StandardCharsets.UTF_8);

  private final HttpExchange exchange;
  private final SetCookieCheck check;
  private final OutputStream body;
  private boolean refused;

  GuardedExchange(HttpExchange exchange, SetCookieCheck check) {
    this.exchange = exchange;
    this.check = check;
    this.body = new GuardedBody();
  }

  @Override
  public void sendResponseHeaders(int status, long length) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    Optional<String> problem = check.problem(headers.get("Set-Cookie"));
    if (problem.isEmpty()) {
      exchange.sendResponseHeaders(status, length);
      return;
    }
    refused = true;
    LOG.severe("refused " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
        + ": " + problem.get());
    headers.clear();
    headers.set("Content-Type", "text/plain; charset=utf-8");
    headers.set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(500, REFUSED.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(REFUSED);
    }
  }

  @Override
  public int getResponseCode() {
    return refused ? 500 : exchange.getResponseCode();
  }

  @Override
  public OutputStream getResponseBody() {
    return body;
  }

  @Override
  public void close() {
    if (!refused) {
      exchange.close();
    }
  }

  @Override
  public Headers getRequestHeaders() {
    return exchange.getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return exchange.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return exchange.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return exchange.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return exchange.getHttpContext();
  }

  @Override
  public InputStream getRequestBody() {
    return exchange.getRequestBody();
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return exchange.getRemoteAddress();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return exchange.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return exchange.getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return exchange.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    exchange.setAttribute(name, value);
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    exchange.setStreams(in, out);
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return exchange.getPrincipal();
  }

  /** The handler's body: passed on, or dropped once the response was refused. */
  private final class GuardedBody extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      if (!refused) {
        exchange.getResponseBody().write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (!refused) {
        exchange.getResponseBody().write(bytes, offset, length);
      }
    }

    @Override
    public void flush() throws IOException {
      if (!refused) {
        exchange.getResponseBody().flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (!refused) {
        exchange.getResponseBody().close();
      }
    }
  }
}
