package io.github.cookieledger.processor.read;

import io.github.cookieledger.processor.model.Location;
import java.util.List;

/**
 * A {@code @CookiePolicy} as written.
 *
 * @param packageName the package the registry is generated in
 * @param site the declared site; null when javac could not resolve it (it reported that)
 * @param registry the declared simple name of the registry
 * @param includes the included classes
 * @param consentCookie the declared {@code consentCookie}, empty for none; null when unresolved
 * @param consentLifetime the declared {@code consentLifetime}; null when unresolved
 * @param location where it stands
 */
public record PolicyDeclaration(
    String packageName,
    String site,
    String registry,
    List<Include> includes,
    String consentCookie,
    String consentLifetime,
    String declaredBy,
    Location location) {

  /**
   * One entry of {@code includes}.
   *
   * @param qualifiedName the class's canonical name
   * @param registry the class's {@code @GeneratedRegistry}, or null when it carries none
   * @param value the entry in the source, for diagnostics
   */
  public record Include(
      String qualifiedName,
      javax.lang.model.element.AnnotationMirror registry,
      javax.lang.model.element.AnnotationValue value) {}
}
