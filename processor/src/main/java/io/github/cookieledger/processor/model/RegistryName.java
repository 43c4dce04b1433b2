package io.github.cookieledger.processor.model;

import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * Whether a qualified name can name a registry cookieledger generates: every part a Java identifier
 * that is no keyword, and never in {@code java.*} or {@code javax.*} (the JDK's packages, where
 * no compiler lets a user class live). One check for every source of the name: {@code
 * -Acookieledger.registry} and the previous build's {@code cookies.json}.
 */
public final class RegistryName {
  private RegistryName() {}

  /**
   * @param qualifiedName e.g. {@code com.example.CookieRegistry}
   * @return what is wrong with it, or empty when a registry may have that name
   */
  public static Optional<String> problem(String qualifiedName) {
    for (String part : qualifiedName.split("\\.", -1)) {
      if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
        return Optional.of("is not a qualified class name");
      }
    }
    if (qualifiedName.startsWith("java.") || qualifiedName.startsWith("javax.")) {
      return Optional.of("is in the JDK's packages java.* / javax.*");
    }
    return Optional.empty();
  }
}
