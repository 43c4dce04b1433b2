package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.CookieDefinition;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Talks to the running site like a browser with its cookie jar emptied before each request:
 * every {@code Cookie} header is written by hand (HttpClient's cookie manager would not send
 * {@code Secure} cookies over plain http), redirects are not followed, and every response is
 * checked to set only declared cookies with their declared attributes.
 */
final class SiteClient {
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base;

  SiteClient(int port) {
    this.base = "http://localhost:" + port;
  }

  /** @param cookie the {@code Cookie} header, e.g. {@code "a=1; b=2"}, or null for none */
  HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
    return send(request(path, cookie).GET().build());
  }

  HttpResponse<String> post(String path, String form, String cookie)
      throws IOException, InterruptedException {
    return send(request(path, cookie)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
  }

  private HttpRequest.Builder request(String path, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    for (SetCookie cookie : SetCookie.all(response)) {
      Optional<CookieDefinition> declared = CookieRegistry.find(cookie.name);
      assertTrue(declared.isPresent(), () -> "undeclared cookie sent: " + cookie);
      cookie.assertMatches(declared.get());
    }
    return response;
  }
}
