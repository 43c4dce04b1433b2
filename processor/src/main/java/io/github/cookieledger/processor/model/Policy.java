package io.github.cookieledger.processor.model;

import java.util.List;

/**
 * The policy settings of a compilation: from {@code @CookiePolicy}, else from the options.
 *
 * @param site the site, or null without {@code @CookiePolicy}
 * @param registry the registry's qualified name
 * @param includes qualified names of included library registries, sorted
 */
public record Policy(String site, String registry, List<String> includes) {

  public String registryPackage() {
    int dot = registry.lastIndexOf('.');
    return dot < 0 ? "" : registry.substring(0, dot);
  }

  public String registrySimpleName() {
    return registry.substring(registry.lastIndexOf('.') + 1);
  }
}
