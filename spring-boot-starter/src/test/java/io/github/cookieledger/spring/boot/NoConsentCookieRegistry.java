package io.github.cookieledger.spring.boot;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Shaped like a generated registry whose policy names no consent cookie (a compilation holds one
 * policy, so the tests' generated registry cannot also be this one).
 */
public final class NoConsentCookieRegistry {
  public static final String REVISION = "0badc0de";

  private NoConsentCookieRegistry() {}

  public static List<CookieDefinition> all() {
    return List.of(CookieDefinition.builder("sid").provider("Shop").purpose("Sign-in")
        .category(Category.NECESSARY).build());
  }

  public static Optional<CookieDefinition> consentCookie() {
    return Optional.empty();
  }

  public static Duration consentLifetime() {
    return Duration.ofDays(180);
  }
}
