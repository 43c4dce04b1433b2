package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.SameSite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code @Cookie(partitioned = true)} in a real browser: a local server sends the header that
 * {@link CookieDefinition#setCookieHeader} writes, and Debian's Chromium stores the cookie as a
 * partitioned one (CHIPS), keyed by the top-level site; the header of {@code
 * expireCookieHeader} deletes it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartitionedCookieBrowserTest {
  private static final CookieDefinition WIDGET = CookieDefinition.builder("widget_state")
      .provider("This portal")
      .purpose("To keep the embedded widget's layout")
      .category(Category.FUNCTIONAL)
      .duration("P30D")
      .sameSite(SameSite.NONE)
      .partitioned(true)
      .build();

  HttpServer server;
  ChromeDriver browser;
  String base;

  @BeforeAll
  void start() throws IOException {
    BrowserAvailability.require(BrowserTest.CHROMIUM, BrowserTest.CHROMEDRIVER,
        System.getenv("CI"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/set", exchange -> respond(exchange, WIDGET.setCookieHeader("v1")));
    server.createContext("/expire", exchange -> respond(exchange, WIDGET.expireCookieHeader()));
    server.start();
    base = "http://localhost:" + server.getAddress().getPort();

    browser = BrowserTest.startChromium();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void chromiumStoresThePartitionedCookieAndDeletesItWithTheExpireHeader() {
    assertTrue(WIDGET.setCookieHeader("v1").endsWith("; Secure; HttpOnly; SameSite=None;"
        + " Partitioned"), WIDGET.setCookieHeader("v1"));
    browser.get(base + "/set");
    Map<?, ?> cookie = storedCookie();
    assertNotNull(cookie, "Chromium kept no widget_state cookie: " + allCookies());
    assertEquals("v1", cookie.get("value"));
    assertEquals(Boolean.TRUE, cookie.get("secure"));
    Object key = cookie.get("partitionKey");
    assertNotNull(key, "the cookie is stored without a partition key: " + cookie);
    assertTrue(key.toString().contains("localhost"), "partitioned by the top-level site: " + key);

    browser.get(base + "/expire");
    assertEquals(null, storedCookie(), "the expire header deletes it: " + allCookies());
  }

  /** The widget cookie as Chromium's cookie store holds it (DevTools protocol), or null. */
  private Map<?, ?> storedCookie() {
    for (Object cookie : allCookies()) {
      if (cookie instanceof Map<?, ?> map && "widget_state".equals(map.get("name"))) {
        return map;
      }
    }
    return null;
  }

  private List<?> allCookies() {
    Map<String, Object> result = browser.executeCdpCommand("Storage.getCookies", Map.of());
    return (List<?>) result.get("cookies");
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String setCookie)
      throws IOException {
    byte[] body = "<!doctype html><title>widget</title><p>ok</p>".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Set-Cookie", setCookie);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
