package io.github.cookieledger.processor.model;

/**
 * One {@code @Cookie} as written on one element.
 *
 * @param attributes its attributes, defaults filled in
 * @param declaredBy the declaring element as {@code cookies.json} names it ({@code pkg.Type#m(int)})
 * @param location where it stands, for diagnostics; null for cookies read from a class file
 */
public record Declaration(CookieAttributes attributes, String declaredBy, Location location) {

  public String name() {
    return attributes.name();
  }
}
