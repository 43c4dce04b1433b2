package org.example.portal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a query string or of a posted form ({@code application/x-www-form-urlencoded}). */
final class FormData {
  /** The site's forms post a few short fields; anything bigger is not one of them. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  private final Map<String, List<String>> fields;

  private FormData(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  static FormData query(HttpExchange exchange) {
    return parse(exchange.getRequestURI().getRawQuery());
  }

  static FormData body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new BadRequest(413, "Form too large: at most " + MAX_BODY_BYTES + " bytes");
      }
      return parse(new String(body, StandardCharsets.UTF_8));
    }
  }

  static FormData parse(String encoded) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return new FormData(fields);
  }

  Optional<String> first(String name) {
    List<String> values = fields.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** @return every value of a field sent several times (checkboxes), in the order sent */
  List<String> all(String name) {
    return Collections.unmodifiableList(fields.getOrDefault(name, List.of()));
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("Malformed form field: " + e.getMessage());
    }
  }
}
