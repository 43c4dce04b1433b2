package io.github.cookieledger.processor.model;

import io.github.cookieledger.CookieDuration;
import java.util.List;

/**
 * The policy settings of a compilation: from {@code @CookiePolicy}, else from the options.
 *
 * @param site the site, or null without {@code @CookiePolicy}
 * @param registry the registry's qualified name
 * @param includes qualified names of included library registries, sorted
 * @param consentCookie the name of the cookie that stores the visitor's choice, empty for none
 * @param consentLifetime how long a stored choice counts
 */
public record Policy(String site, String registry, List<String> includes, String consentCookie,
    CookieDuration consentLifetime) {

  /** {@code @CookiePolicy}'s default: six months, the interval the CNIL recommends. */
  public static final CookieDuration DEFAULT_CONSENT_LIFETIME = CookieDuration.parse("P6M");

  /** The settings of a compilation without {@code @CookiePolicy}. */
  public static Policy withoutDeclaration(String registry) {
    return new Policy(null, registry, List.of(), "", DEFAULT_CONSENT_LIFETIME);
  }

  public String registryPackage() {
    int dot = registry.lastIndexOf('.');
    return dot < 0 ? "" : registry.substring(0, dot);
  }

  public String registrySimpleName() {
    return registry.substring(registry.lastIndexOf('.') + 1);
  }
}
