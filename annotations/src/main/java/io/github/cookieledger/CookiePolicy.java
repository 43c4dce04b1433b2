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
}
