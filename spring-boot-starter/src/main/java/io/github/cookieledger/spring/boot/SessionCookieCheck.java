package io.github.cookieledger.spring.boot;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.web.servlet.ServletContextInitializer;

/**
 * Compares the session cookie the servlet container will write, as {@code
 * server.servlet.session.cookie.*} configured it, with the declaration of that name. The
 * container writes that cookie itself, past every filter, so this start-up check is the only one
 * it gets. Runs after Spring Boot has applied the properties to the {@link SessionCookieConfig}.
 */
final class SessionCookieCheck implements ServletContextInitializer {
  static final String PREFIX = "server.servlet.session.cookie.";
  /** The attribute Servlet 6 containers copy from {@link SessionCookieConfig} to the cookie. */
  static final String SAME_SITE = "SameSite";

  private static final Log LOG = LogFactory.getLog(SessionCookieCheck.class);

  private final Function<String, Optional<CookieDefinition>> declarations;
  private final String sameSite;
  private final boolean failOnDifference;

  /**
   * @param declarations the registry's {@code find}
   * @param sameSite {@code server.servlet.session.cookie.same-site}, or null when unset
   * @param failOnDifference false in {@code report} mode: a difference is only logged
   */
  SessionCookieCheck(Function<String, Optional<CookieDefinition>> declarations, String sameSite,
      boolean failOnDifference) {
    this.declarations = declarations;
    this.sameSite = sameSite;
    this.failOnDifference = failOnDifference;
  }

  @Override
  public void onStartup(ServletContext context) {
    if (!context.getEffectiveSessionTrackingModes().contains(SessionTrackingMode.COOKIE)) {
      return; // no session cookie at all
    }
    SessionCookieConfig config = context.getSessionCookieConfig();
    String attribute = attributeValue(sameSite);
    if (attribute != null && config.getAttribute(SAME_SITE) == null) {
      // Spring Boot hands same-site to the container's cookie writer, not to the standard
      // SessionCookieConfig; copying it there lets every reader of the config (the cookieledger
      // filter's own check among them) see the attribute the cookie will carry.
      config.setAttribute(SAME_SITE, attribute);
    }
    String name = config.getName() == null ? "JSESSIONID" : config.getName();
    Optional<CookieDefinition> declared = declarations.apply(name);
    if (declared.isEmpty()) {
      report(PREFIX + "name",
          "the servlet container's session cookie is '" + name + "', and no @Cookie declares it",
          "declare it (@Cookie(name = \"" + name + "\", category = Category.NECESSARY, ...)), or"
              + " set " + PREFIX + "name to the name of your declared session cookie");
      return;
    }
    List<String> differences = differences(declared.get(), config, context.getContextPath());
    if (!differences.isEmpty()) {
      report(PREFIX + "*",
          "the session cookie '" + name + "' differs from its declaration: "
              + String.join("; ", differences),
          "set the properties as listed, or change the @Cookie declaration of '" + name + "'");
    }
  }

  /** @return one "what: actual, declared (set ...)" text per attribute that differs */
  static List<String> differences(
      CookieDefinition declared, SessionCookieConfig config, String contextPath) {
    List<String> differences = new ArrayList<>();
    if (declared.category() != Category.NECESSARY) {
      differences.add("category " + declared.category() + ": the container sets the session"
          + " cookie before any consent, so it must be declared NECESSARY");
    }
    compare(differences, "secure", config.isSecure(), declared.secure());
    compare(differences, "http-only", config.isHttpOnly(), declared.httpOnly());
    String sameSite = config.getAttribute(SAME_SITE);
    String declaredSameSite = declared.sameSite().attributeValue();
    if (sameSite == null || !sameSite.equalsIgnoreCase(declaredSameSite)) {
      differences.add("same-site is " + (sameSite == null ? "unset" : sameSite) + ", declared "
          + declaredSameSite + " (set " + PREFIX + "same-site="
          + declaredSameSite.toLowerCase(Locale.ROOT) + ")");
    }
    String path = config.getPath() != null ? config.getPath()
        : contextPath.isEmpty() ? "/" : contextPath;
    compare(differences, "path", path, declared.path());
    String domain = config.getDomain() == null ? "" : config.getDomain();
    compare(differences, "domain",
        domain.toLowerCase(Locale.ROOT), declared.domain().toLowerCase(Locale.ROOT));
    compareMaxAge(differences, config.getMaxAge(), declared.maxAge());
    return differences;
  }

  private static void compare(
      List<String> differences, String property, Object actual, Object declared) {
    if (!actual.equals(declared)) {
      differences.add(property + " is " + shown(actual) + ", declared " + shown(declared)
          + ("".equals(declared) ? " (remove " + PREFIX + property + ")"
              : " (set " + PREFIX + property + "=" + declared + ")"));
    }
  }

  private static void compareMaxAge(
      List<String> differences, int maxAgeSeconds, Optional<Duration> declared) {
    boolean sessionOnly = maxAgeSeconds < 0;
    if (declared.isEmpty() && !sessionOnly) {
      differences.add("max-age is " + maxAgeSeconds + "s, declared a session cookie (remove "
          + PREFIX + "max-age)");
    } else if (declared.isPresent()
        && (sessionOnly || maxAgeSeconds > declared.get().getSeconds())) {
      differences.add("max-age is " + (sessionOnly ? "unset" : maxAgeSeconds + "s") + ", declared "
          + declared.get().getSeconds() + "s (set " + PREFIX + "max-age="
          + declared.get().getSeconds() + "s)");
    }
  }

  /**
   * @param property {@code server.servlet.session.cookie.same-site}: {@code none}, {@code lax},
   *     {@code strict} or {@code omitted} (Spring Boot's values), any letter case
   * @return the attribute as the cookie carries it, e.g. {@code Lax}; null for none at all
   */
  static String attributeValue(String property) {
    if (property == null || property.isBlank()
        || property.strip().equalsIgnoreCase("omitted")) {
      return null;
    }
    String value = property.strip().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(value.charAt(0)) + value.substring(1);
  }

  private static String shown(Object value) {
    return "".equals(value) ? "unset" : String.valueOf(value);
  }

  private void report(String setting, String problem, String fix) {
    if (failOnDifference) {
      throw new CookieLedgerStartupException(setting, problem, fix);
    }
    LOG.warn("cookieledger (undeclared=report): " + setting + ": " + problem + ". Fix: " + fix);
  }
}
