package io.github.cookieledger.processor.model;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.Party;
import io.github.cookieledger.StorageKind;
import java.util.List;

/**
 * Every attribute of one {@code @Storage}, defaults filled in. Two declarations of the same kind
 * and name merge exactly when their attributes are equal.
 *
 * @param constant the constant in the registry's {@code Storage} class: the explicit one, else
 *     derived from the name
 */
public record StorageAttributes(
    String name,
    StorageKind kind,
    String provider,
    String purpose,
    Category category,
    String function,
    Party party,
    boolean anonymized,
    String constant) {

  /** The attributes of {@code @Storage}, in declaration order. */
  public static final List<String> ATTRIBUTE_NAMES = List.of("name", "kind", "provider",
      "purpose", "category", "function", "party", "anonymized", "constant");

  /** Whether a visitor must consent before a page writes it (the cookies' rule). */
  public boolean consentRequired() {
    return CookieDefinition.requiresConsent(category, anonymized);
  }

  /** The first attribute whose value differs from another declaration's, or null when equal. */
  public String firstDifference(StorageAttributes other) {
    for (String attribute : ATTRIBUTE_NAMES) {
      if (!value(attribute).equals(other.value(attribute))) {
        return attribute;
      }
    }
    return null;
  }

  /** The value of one attribute by its annotation name. */
  public Object value(String attribute) {
    switch (attribute) {
      case "name": return name;
      case "kind": return kind;
      case "provider": return provider;
      case "purpose": return purpose;
      case "category": return category;
      case "function": return function;
      case "party": return party;
      case "anonymized": return anonymized;
      case "constant": return constant;
      default: throw new IllegalArgumentException(attribute);
    }
  }
}
