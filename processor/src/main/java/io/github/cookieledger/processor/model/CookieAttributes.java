package io.github.cookieledger.processor.model;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.CookieDomains;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;

/**
 * Every attribute of one {@code @Cookie}, defaults filled in. Two declarations of the same cookie
 * merge exactly when their attributes are equal.
 *
 * @param constant the registry constant: the explicit {@code constant}, else derived from the name
 * @param known why the declaration is right against the Open Cookie Database, or empty
 */
public record CookieAttributes(
    String name,
    String provider,
    String purpose,
    Category category,
    String function,
    Party party,
    String duration,
    String domain,
    String path,
    boolean secure,
    boolean httpOnly,
    SameSite sameSite,
    boolean anonymized,
    boolean partitioned,
    String constant,
    String known) {

  /**
   * The attributes as every output writes them: the domain without its leading dot ({@link
   * CookieDomains#withoutLeadingDot}, the one normalisation of a domain).
   */
  public CookieAttributes normalised() {
    String written = CookieDomains.withoutLeadingDot(domain);
    return written.equals(domain) ? this : new CookieAttributes(name, provider, purpose, category,
        function, party, duration, written, path, secure, httpOnly, sameSite, anonymized,
        partitioned, constant, known);
  }

  /** Whether a visitor must consent before the cookie is set (the seed's rule). */
  public boolean consentRequired() {
    return CookieDefinition.requiresConsent(category, anonymized);
  }

  /**
   * The first attribute whose value differs from another declaration's, for messages.
   *
   * @return the attribute's name, or null when equal
   */
  public String firstDifference(CookieAttributes other) {
    String[] names = ATTRIBUTE_NAMES;
    Object[] mine = values();
    Object[] theirs = other.values();
    for (int i = 0; i < names.length; i++) {
      if (!mine[i].equals(theirs[i])) {
        return names[i];
      }
    }
    return null;
  }

  /**
   * The value of one attribute by its annotation name.
   *
   * @param attribute e.g. {@code "provider"}
   * @return the value
   */
  public Object value(String attribute) {
    Object[] values = values();
    for (int i = 0; i < ATTRIBUTE_NAMES.length; i++) {
      if (ATTRIBUTE_NAMES[i].equals(attribute)) {
        return values[i];
      }
    }
    throw new IllegalArgumentException(attribute);
  }

  /** The attributes of {@code @Cookie}, in declaration order. */
  public static final String[] ATTRIBUTE_NAMES = {
    "name", "provider", "purpose", "category", "function", "party", "duration", "domain", "path",
    "secure", "httpOnly", "sameSite", "anonymized", "partitioned", "constant", "known"
  };

  private Object[] values() {
    return new Object[] {
      name, provider, purpose, category, function, party, duration, domain, path, secure, httpOnly,
      sameSite, anonymized, partitioned, constant, known
    };
  }
}
