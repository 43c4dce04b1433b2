package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The response guard on the running site: handlers mounted the way the site mounts its pages
 * try to send cookies, and only declared ones in their declared form get through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseGuardTest {
  /** Held here: java.util.logging keeps loggers only weakly. */
  static final Logger GUARD_LOG = Logger.getLogger(ResponseGuard.class.getName());

  final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  final HttpClient http = HttpClient.newHttpClient();
  PortalServer server;

  @BeforeAll
  void start() throws IOException {
    GUARD_LOG.addHandler(capture);
    server = PortalServer.start(0);
    server.mount("/test/undeclared", setting("tracker=abc; Path=/"));
    // A declared name by hand, without the declared Secure/HttpOnly/SameSite.
    server.mount("/test/drift", setting(CookieRegistry.SESSIONID.name() + "=abc; Path=/"));
    server.mount("/test/declared", setting(CookieRegistry.SESSIONID.setCookieHeader("abc")));
    server.mount("/test/expired", setting(CookieRegistry.VISIT_COUNT.expireCookieHeader()));
    server.mount("/test/second", exchange -> {
      exchange.getResponseHeaders()
          .add("Set-Cookie", CookieRegistry.CSRFTOKEN.setCookieHeader("t"));
      exchange.getResponseHeaders().add("Set-Cookie", "_ga=GA1.1.1; Path=/");
      exchange.getResponseHeaders().set("Location", "/");
      exchange.sendResponseHeaders(303, -1);
      exchange.close();
    });
  }

  @AfterAll
  void stop() {
    server.close();
    GUARD_LOG.removeHandler(capture);
  }

  @BeforeEach
  void forget() {
    logged.clear();
  }

  /** A handler as a careless developer writes it: sets a cookie, writes a page. */
  static HttpHandler setting(String setCookie) {
    return exchange -> {
      exchange.getResponseHeaders().add("Set-Cookie", setCookie);
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUndeclaredCookieFailsTheResponseAndIsLogged() throws Exception {
    HttpResponse<String> response = get("/test/undeclared");
    assertEquals(500, response.statusCode());
    assertEquals(List.of(), response.headers().allValues("Set-Cookie"));
    assertFalse(response.body().contains("hello"), response.body());
    assertEquals(1, logged.size());
    assertEquals(Level.SEVERE, logged.get(0).getLevel());
    assertTrue(logged.get(0).getMessage().contains("undeclared cookie 'tracker'"),
        logged.get(0).getMessage());
  }

  @Test
  void aDeclaredNameWithOtherAttributesIsRefusedToo() throws Exception {
    HttpResponse<String> response = get("/test/drift");
    assertEquals(500, response.statusCode());
    assertEquals(List.of(), response.headers().allValues("Set-Cookie"));
    assertTrue(logged.get(0).getMessage().contains("cookie 'sessionid' is sent with attributes"),
        logged.get(0).getMessage());
  }

  @Test
  void oneBadCookieAmongGoodOnesStopsThemAll() throws Exception {
    HttpResponse<String> response = get("/test/second");
    assertEquals(500, response.statusCode());
    assertEquals(List.of(), response.headers().allValues("Set-Cookie"));
    assertEquals(List.of(), response.headers().allValues("Location"));
    assertTrue(logged.get(0).getMessage().contains("'_ga'"), logged.get(0).getMessage());
  }

  @Test
  void declaredCookiesPass() throws Exception {
    HttpResponse<String> set = get("/test/declared");
    assertEquals(200, set.statusCode());
    assertEquals("hello", set.body());
    assertEquals(List.of(CookieRegistry.SESSIONID.setCookieHeader("abc")),
        set.headers().allValues("Set-Cookie"));

    HttpResponse<String> expired = get("/test/expired");
    assertEquals(200, expired.statusCode());
    assertEquals(List.of(CookieRegistry.VISIT_COUNT.expireCookieHeader()),
        expired.headers().allValues("Set-Cookie"));
    assertEquals(List.of(), logged);
  }

  @Test
  void theSitesOwnPagesAreGuarded() throws Exception {
    // Mounted through the same method as every page of the site.
    assertTrue(server.mount("/test/probe", exchange -> {}).getFilters().stream()
        .anyMatch(filter -> filter instanceof ResponseGuard));
  }
}
