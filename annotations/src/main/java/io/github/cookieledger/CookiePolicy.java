package io.github.cookieledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The site's cookie policy: at most one per compilation, on a package ({@code package-info.java})
 * or a type. The registry is generated in that package.
 *
 * <pre>{@code
 * @CookiePolicy(site = "https://datasource.kapsarc.org")
 * package org.example.portal;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface CookiePolicy {
  /**
   * The site the policy covers, e.g. {@code "https://datasource.kapsarc.org"}.
   *
   * @return the site
   */
  String site();

  /**
   * The simple name of the generated registry class.
   *
   * @return the registry name
   */
  String registry() default "CookieRegistry";

  /**
   * Registries that cookieledger generated in libraries this site uses: their cookies join this
   * policy and this registry.
   *
   * @return the included library registries
   */
  Class<?>[] includes() default {};

  /**
   * The declared cookie that stores the visitor's choice ({@link Consent#format(String)}), e.g.
   * {@code "cookies_preferences"}: a {@link Category#NECESSARY} cookie declared in this policy.
   * The registry returns it from {@code consentCookie()}; run-time guards read the visitor's
   * consent from it. Empty: the site keeps no consent.
   *
   * @return the consent cookie's name, or empty
   */
  String consentCookie() default "";

  /**
   * How long a visitor's choice counts, ISO-8601 as in {@link Cookie#duration()}: an older choice
   * counts as none, so the visitor is asked again. The default, six months, is the interval the
   * CNIL recommends; at most {@code cookieledger.maxConsentLifetime} (P13M).
   *
   * @return the consent lifetime
   */
  String consentLifetime() default "P6M";
}
