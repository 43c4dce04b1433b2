package io.github.cookieledger.processor.model;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.CookieNames;
import java.util.List;

/**
 * One cookie of the policy: its attributes and every element that declares it.
 *
 * @param attributes the (equal) attributes of all its declarations
 * @param declaredBy the declaring elements, sorted
 * @param local false for a cookie that an included library registry declares (its constant lives
 *     in that registry)
 */
public record LedgerEntry(CookieAttributes attributes, List<String> declaredBy, boolean local) {

  public String name() {
    return attributes.name();
  }

  public boolean pattern() {
    return CookieNames.isPattern(attributes.name());
  }

  /** {@code Max-Age} in seconds, or null for a session cookie (or an unreadable duration). */
  public Long maxAgeSeconds() {
    try {
      return CookieDuration.parse(attributes.duration()).maxAge().map(d -> d.getSeconds()).orElse(null);
    } catch (IllegalArgumentException invalid) {
      return null;
    }
  }
}
