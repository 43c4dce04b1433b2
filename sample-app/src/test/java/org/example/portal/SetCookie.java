package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.CookieDefinition;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One {@code Set-Cookie} header as a browser reads it: name, value and attributes. */
final class SetCookie {
  final String header;
  final String name;
  final String value;
  /** Attribute names lower-cased; flags ({@code Secure}) map to "". */
  final Map<String, String> attributes;

  private SetCookie(String header, String name, String value, Map<String, String> attributes) {
    this.header = header;
    this.name = name;
    this.value = value;
    this.attributes = attributes;
  }

  static SetCookie parse(String header) {
    String[] parts = header.split(";");
    int equals = parts[0].indexOf('=');
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      int eq = part.indexOf('=');
      String key = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      String previous = attributes.put(key, eq < 0 ? "" : part.substring(eq + 1).trim());
      if (previous != null) {
        throw new AssertionError("attribute " + key + " twice in " + header);
      }
    }
    return new SetCookie(header, parts[0].substring(0, equals).trim(),
        parts[0].substring(equals + 1).trim(), attributes);
  }

  static List<SetCookie> all(HttpResponse<?> response) {
    List<SetCookie> cookies = new ArrayList<>();
    for (String header : response.headers().allValues("Set-Cookie")) {
      cookies.add(parse(header));
    }
    return cookies;
  }

  static Optional<SetCookie> named(HttpResponse<?> response, String name) {
    List<SetCookie> found = new ArrayList<>();
    for (SetCookie cookie : all(response)) {
      if (cookie.name.equals(name)) {
        found.add(cookie);
      }
    }
    assertTrue(found.size() <= 1, () -> "cookie " + name + " set twice: " + found);
    return found.stream().findFirst();
  }

  boolean expires() {
    return "0".equals(attributes.get("max-age"));
  }

  /**
   * Asserts this header carries exactly the attributes the declaration gives: Path, Domain,
   * Max-Age (0 for a deletion), Secure, HttpOnly and SameSite, and nothing else.
   */
  void assertMatches(CookieDefinition declared) {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("path", declared.path());
    if (!declared.domain().isEmpty()) {
      expected.put("domain", declared.domain());
    }
    if (value.isEmpty() && expires()) {
      expected.put("max-age", "0");
    } else {
      declared.maxAge().ifPresent(age -> expected.put("max-age", Long.toString(age.getSeconds())));
    }
    if (declared.secure()) {
      expected.put("secure", "");
    }
    if (declared.httpOnly()) {
      expected.put("httponly", "");
    }
    expected.put("samesite", declared.sameSite().attributeValue());
    assertEquals(expected, attributes, () -> "attributes of " + header);
  }

  @Override
  public String toString() {
    return header;
  }
}
