package io.github.cookieledger.servlet;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real HTTP client (java.net.http) that shows each response's Set-Cookie headers. */
final class Client {
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(20))
      .build();
  private final URI base;

  Client(URI base) {
    this.base = base;
  }

  /** One answer: status, Location, and the Set-Cookie headers as sent. */
  record Reply(int status, Optional<String> location, List<String> setCookies) {
    List<SetCookieHeader> cookies() {
      return setCookies.stream().map(SetCookieHeader::parse).toList();
    }

    List<String> names() {
      return cookies().stream().map(SetCookieHeader::name).toList();
    }

    Optional<SetCookieHeader> cookie(String name) {
      return cookies().stream().filter(c -> c.name().equals(name)).findFirst();
    }
  }

  static String query(String... pairs) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      query.append(query.length() == 0 ? "" : "&").append(encode(pairs[i])).append('=')
          .append(encode(pairs[i + 1]));
    }
    return query.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  Reply get(String pathAndQuery, String cookieHeader) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(60)).GET();
    if (cookieHeader != null) {
      request.header("Cookie", cookieHeader);
    }
    return send(request.build());
  }

  Reply post(String path, String form, String cookieHeader, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookieHeader != null) {
      request.header("Cookie", cookieHeader);
    }
    headers.forEach(request::header);
    return send(request.build());
  }

  private Reply send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.headers().firstValue("Location"),
        new ArrayList<>(response.headers().allValues("Set-Cookie")));
  }
}
