package io.github.cookieledger.servlet;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One {@code Set-Cookie} value taken apart as a browser reads it (RFC 6265 §5.2): the name and
 * value before the first {@code ;}, then attributes whose names ignore letter case (the last of a
 * name wins). Total: any text gives a header, never an exception.
 *
 * @param name the cookie name, trimmed (the whole pair when it holds no {@code =})
 * @param value the cookie value, trimmed
 * @param attributes attribute values by lower-case name; flags such as {@code secure} map to ""
 */
record SetCookieHeader(String name, String value, Map<String, String> attributes) {

  static SetCookieHeader parse(String header) {
    String text = header == null ? "" : header;
    int semicolon = text.indexOf(';');
    String pair = semicolon < 0 ? text : text.substring(0, semicolon);
    int equals = pair.indexOf('=');
    String name = (equals < 0 ? pair : pair.substring(0, equals)).trim();
    String value = equals < 0 ? "" : pair.substring(equals + 1).trim();
    Map<String, String> attributes = new TreeMap<>();
    if (semicolon >= 0) {
      for (String part : text.substring(semicolon + 1).split(";", -1)) {
        int eq = part.indexOf('=');
        String key = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          attributes.put(key, eq < 0 ? "" : part.substring(eq + 1).trim());
        }
      }
    }
    return new SetCookieHeader(name, value, Map.copyOf(attributes));
  }

  /**
   * The header a container writes for {@code addCookie}: its attributes as the cookie holds them
   * (Servlet 6 keeps every attribute, SameSite included, in {@link Cookie#getAttributes()}).
   */
  static SetCookieHeader of(Cookie cookie) {
    Map<String, String> attributes = new TreeMap<>();
    cookie.getAttributes().forEach((key, value) ->
        attributes.put(key.toLowerCase(Locale.ROOT), value == null ? "" : value));
    // flags are stored as "true"/"" by containers alike; a false flag is no attribute
    for (String flag : new String[] {"secure", "httponly"}) {
      String value = attributes.get(flag);
      if (value != null && value.equalsIgnoreCase("false")) {
        attributes.remove(flag);
      } else if (value != null) {
        attributes.put(flag, "");
      }
    }
    if (cookie.getMaxAge() >= 0) {
      attributes.put("max-age", Integer.toString(cookie.getMaxAge()));
    }
    return new SetCookieHeader(
        cookie.getName(), cookie.getValue() == null ? "" : cookie.getValue(), Map.copyOf(attributes));
  }

  boolean has(String attribute) {
    return attributes.containsKey(attribute);
  }

  String attribute(String name) {
    return attributes.get(name);
  }
}
