package org.example.portal;

import io.github.cookieledger.CookieDefinition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds {@code Set-Cookie} headers to the registry: the name must be declared, and the header
 * must be exactly what the declaration produces (setting or deleting), so no attribute drifts
 * from the policy either.
 */
final class SetCookieCheck {
  private final Function<String, Optional<CookieDefinition>> registry;

  /** @param registry looks a cookie name up, e.g. {@code CookieRegistry::find} */
  SetCookieCheck(Function<String, Optional<CookieDefinition>> registry) {
    this.registry = registry;
  }

  /** @return the first problem among the headers (null or empty: none), or empty */
  Optional<String> problem(List<String> setCookieHeaders) {
    if (setCookieHeaders != null) {
      for (String header : setCookieHeaders) {
        Optional<String> problem = problem(header);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }

  /** @return what is wrong with one {@code Set-Cookie} value, or empty */
  Optional<String> problem(String header) {
    int equals = header.indexOf('=');
    String name = equals < 0 ? header.trim() : header.substring(0, equals).trim();
    Optional<CookieDefinition> declared = registry.apply(name);
    if (declared.isEmpty()) {
      return Optional.of("undeclared cookie '" + name + "': declare it with @Cookie on the code"
          + " that sets it, and set it through its CookieRegistry constant");
    }
    int semicolon = header.indexOf(';');
    String value = header.substring(equals + 1, semicolon < 0 ? header.length() : semicolon);
    CookieDefinition cookie = declared.get();
    String set;
    String expire;
    try {
      set = cookie.isPattern()
          ? cookie.setCookieHeader(name, value)
          : cookie.setCookieHeader(value);
      expire = cookie.isPattern() ? cookie.expireCookieHeader(name) : cookie.expireCookieHeader();
    } catch (IllegalArgumentException e) {
      return Optional.of("cookie '" + name + "' has an invalid value: " + e.getMessage());
    }
    if (!header.equals(set) && !header.equals(expire)) {
      return Optional.of("cookie '" + name + "' is sent with attributes other than declared: '"
          + header + "' instead of '" + set + "'; set it through its CookieRegistry constant");
    }
    return Optional.empty();
  }
}
