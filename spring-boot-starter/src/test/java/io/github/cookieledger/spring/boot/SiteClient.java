package io.github.cookieledger.spring.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A real HTTP client for the test site on its port: no cookie store and no redirects followed, so
 * each test writes its {@code Cookie} header by hand and sees every {@code Set-Cookie}.
 */
final class SiteClient {
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();
  private final URI base;

  SiteClient(int port) {
    this.base = URI.create("http://localhost:" + port);
  }

  /** @param cookie the {@code Cookie} header, or null */
  HttpResponse<String> get(String path, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return send(request.build());
  }

  /** A same-origin form post, as the browser sends it from a page of the site. */
  HttpResponse<String> post(String path, String... fields) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(fields[i]).append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", base.toString())
        .header("Sec-Fetch-Site", "same-origin")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build());
  }

  /** @return the {@code Set-Cookie} header for this cookie name, if the response has one */
  static Optional<String> setCookie(HttpResponse<?> response, String name) {
    return setCookies(response).stream().filter(h -> h.startsWith(name + "=")).findFirst();
  }

  static List<String> setCookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie");
  }

  /** @return the value part of a {@code Set-Cookie} header, e.g. {@code a=b} */
  static String pair(String setCookie) {
    int end = setCookie.indexOf(';');
    return end < 0 ? setCookie : setCookie.substring(0, end);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
