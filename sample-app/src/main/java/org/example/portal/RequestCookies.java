package org.example.portal;

import com.sun.net.httpserver.HttpExchange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cookies a visitor's browser sent with a request ({@code Cookie: a=1; b=2}). */
final class RequestCookies {
  private final Map<String, String> values;

  private RequestCookies(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  static RequestCookies of(HttpExchange exchange) {
    return parse(exchange.getRequestHeaders().get("Cookie"));
  }

  /**
   * @param headers the {@code Cookie} header values, may be null
   * @return the cookies; for a name sent twice the first one, which browsers send for the most
   *     specific path
   */
  static RequestCookies parse(List<String> headers) {
    Map<String, String> values = new LinkedHashMap<>();
    if (headers != null) {
      for (String header : headers) {
        for (String pair : header.split(";")) {
          int equals = pair.indexOf('=');
          if (equals > 0) {
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
              value = value.substring(1, value.length() - 1);
            }
            if (!name.isEmpty()) {
              values.putIfAbsent(name, value);
            }
          }
        }
      }
    }
    return new RequestCookies(values);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  Set<String> names() {
    return values.keySet();
  }
}
