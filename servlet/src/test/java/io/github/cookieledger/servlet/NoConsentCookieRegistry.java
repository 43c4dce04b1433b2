package io.github.cookieledger.servlet;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Shaped like a generated registry whose policy names no consent cookie although a cookie needs
 * consent (a compilation holds one policy, so the tests' generated registry cannot be both).
 */
public final class NoConsentCookieRegistry {
  public static final String REVISION = "0badc0de";

  private NoConsentCookieRegistry() {}

  public static List<CookieDefinition> all() {
    return List.of(CookieDefinition.builder("_stat").provider("p").purpose("q")
        .category(Category.STATISTICS).build());
  }

  public static Optional<CookieDefinition> consentCookie() {
    return Optional.empty();
  }

  public static Duration consentLifetime() {
    return Duration.ofDays(180);
  }
}
