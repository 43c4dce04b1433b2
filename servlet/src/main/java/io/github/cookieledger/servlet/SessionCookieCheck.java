package io.github.cookieledger.servlet;

import io.github.cookieledger.CookieDefinition;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The container sets its session cookie itself, past every response wrapper: so its settings
 * ({@link SessionCookieConfig}) are compared with the cookie's declaration once, at start-up.
 */
final class SessionCookieCheck {
  /** The name Tomcat and Jetty use when none is configured. */
  static final String DEFAULT_NAME = "JSESSIONID";

  private SessionCookieCheck() {}

  /** @return each difference, with how to fix it; empty when sessions use no cookie */
  static List<String> differences(ServletContext context, LedgerRegistry registry) {
    if (!context.getEffectiveSessionTrackingModes().contains(SessionTrackingMode.COOKIE)) {
      return List.of();
    }
    SessionCookieConfig config = context.getSessionCookieConfig();
    String name = config.getName() == null ? DEFAULT_NAME : config.getName();
    Optional<CookieDefinition> declared = registry.find(name);
    if (declared.isEmpty()) {
      return List.of("the session cookie '" + name + "' is not declared in " + registry
          + ": declare it with @Cookie(name = \"" + name + "\", category = Category.NECESSARY,"
          + " ...) with the container's settings");
    }
    CookieDefinition cookie = declared.get();
    List<String> differences = new ArrayList<>();
    compare(differences, "Secure", config.isSecure(), cookie.secure(), "<secure>");
    compare(differences, "HttpOnly", config.isHttpOnly(), cookie.httpOnly(), "<http-only>");
    String path = config.getPath() != null ? config.getPath()
        : context.getContextPath().isEmpty() ? "/" : context.getContextPath();
    compare(differences, "Path", path, cookie.path(), "<path>");
    String domain = config.getDomain() == null ? "" : config.getDomain();
    compare(differences, "Domain", domain.toLowerCase(Locale.ROOT),
        cookie.domain().toLowerCase(Locale.ROOT), "<domain>");
    int maxAge = config.getMaxAge();
    long declaredMaxAge = cookie.maxAge().map(d -> d.getSeconds()).orElse(-1L);
    if ((maxAge < 0) != (declaredMaxAge < 0) || maxAge > declaredMaxAge) {
      differences.add("max age: the container sends " + (maxAge < 0 ? "a session cookie"
          : maxAge + " s") + ", the declaration says " + cookie.duration()
          + " (<cookie-config><max-age> or SessionCookieConfig.setMaxAge)");
    }
    String sameSite = config.getAttribute("SameSite");
    if (sameSite == null || !sameSite.equalsIgnoreCase(cookie.sameSite().attributeValue())) {
      differences.add("SameSite: the container sends " + (sameSite == null ? "none" : sameSite)
          + ", the declaration says " + cookie.sameSite().attributeValue()
          + " (<cookie-config><attribute><attribute-name>SameSite</attribute-name>... or"
          + " SessionCookieConfig.setAttribute(\"SameSite\", \""
          + cookie.sameSite().attributeValue() + "\"))");
    }
    return differences.stream().map(d -> "session cookie '" + name + "': " + d).toList();
  }

  private static void compare(List<String> differences, String attribute, Object container,
      Object declared, String element) {
    if (!container.equals(declared)) {
      differences.add(attribute + ": the container sends " + shown(container)
          + ", the declaration says " + shown(declared) + " (<cookie-config>" + element
          + " in web.xml or SessionCookieConfig)");
    }
  }

  private static String shown(Object value) {
    return "".equals(value) ? "none" : String.valueOf(value);
  }
}
