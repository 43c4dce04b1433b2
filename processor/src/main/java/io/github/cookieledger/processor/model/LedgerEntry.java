package io.github.cookieledger.processor.model;

import io.github.cookieledger.CookieDomains;
import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.CookieNames;
import java.time.Duration;
import java.util.List;

/**
 * One cookie of the policy, checked: its attributes as declared, the values the checks read from
 * them, where it came from and where it is declared. Writers and the scan use the checked values
 * ({@link #duration}, {@link #domain}) and never parse the declared text again.
 *
 * @param attributes the (equal) attributes of all its declarations, as every output writes them
 *     (the domain without its leading dot, {@link CookieAttributes#normalised})
 * @param duration the parsed {@code duration}; for a duration the checks reported as unreadable
 *     (the build fails, only the registry source is written, from the declared text) a session
 * @param domain the {@code domain} as every output names it: without a leading dot ({@link
 *     CookieDomains#withoutLeadingDot}), empty for a host-only cookie
 * @param origin where its declarations come from
 * @param declaredBy the declaring elements, sorted
 * @param locations where its declarations of this compilation stand, in {@code declaredBy} order
 *     (a library's cookie has none; the previous build's point at their declaring type); valid
 *     only in the round that checked the ledger
 */
public record LedgerEntry(
    CookieAttributes attributes,
    CookieDuration duration,
    String domain,
    Origin origin,
    List<String> declaredBy,
    List<Location> locations) {

  /** Where a cookie of the policy is declared. */
  public enum Origin {
    /** In a source of this compilation (and maybe elsewhere too). */
    LOCAL,
    /** Only in classes the previous build compiled and this one did not (a partial build). */
    PREVIOUS_BUILD,
    /**
     * Only in another compilation, whose registry holds its constant: an included library, or,
     * for the scan of test sources, the main classes' policy.
     */
    LIBRARY
  }

  public LedgerEntry {
    declaredBy = List.copyOf(declaredBy);
    locations = List.copyOf(locations);
  }

  /**
   * An entry of the declared attributes, normalised ({@link CookieAttributes#normalised}).
   *
   * @param attributes the declared attributes
   * @param duration the parsed duration
   * @param origin where it is declared
   * @param declaredBy the declaring elements, sorted
   * @param locations where its declarations of this compilation stand
   */
  public static LedgerEntry of(CookieAttributes attributes, CookieDuration duration, Origin origin,
      List<String> declaredBy, List<Location> locations) {
    CookieAttributes written = attributes.normalised();
    return new LedgerEntry(written, duration, written.domain(), origin, declaredBy, locations);
  }

  public String name() {
    return attributes.name();
  }

  public boolean pattern() {
    return CookieNames.isPattern(attributes.name());
  }

  /** Whether its constant lives in this compilation's registry (not in a library's). */
  public boolean local() {
    return origin != Origin.LIBRARY;
  }

  /** {@code Max-Age} in seconds, or null for a session cookie. */
  public Long maxAgeSeconds() {
    return duration.maxAge().map(Duration::getSeconds).orElse(null);
  }
}
