package io.github.cookieledger.processor.model;

/**
 * One {@code @Storage} as written on one element.
 *
 * @param attributes its attributes, defaults filled in
 * @param declaredBy the declaring element as {@code cookies.json} names it
 * @param location where it stands, for diagnostics
 */
public record StorageDeclaration(StorageAttributes attributes, String declaredBy,
    Location location) {

  public String name() {
    return attributes.name();
  }

  /** What a message calls it: {@code localStorage key "theme"}. */
  public String describe() {
    return StorageEntry.describe(attributes);
  }
}
