package io.github.cookieledger.processor.merge;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.StorageAttributes;
import java.util.List;

/**
 * What the previous build wrote into {@code META-INF/cookies/cookies.json}: enough to rebuild its
 * registry exactly (every cookie with its constant and declaring elements, the registry's name,
 * the site and the includes).
 *
 * @param site the policy's site, or null when the previous build had no {@code @CookiePolicy}
 * @param registry the registry's qualified name
 * @param includes the included library registries
 * @param consentCookie the policy's consent cookie, empty for none
 * @param consentLifetime the policy's consent lifetime
 * @param cookies every cookie of the previous policy
 * @param storage every web storage entry of the previous policy
 */
public record PreviousBuild(String site, String registry, List<String> includes,
    String consentCookie, String consentLifetime, List<PreviousCookie> cookies,
    List<PreviousStorage> storage) {

  /** A previous build without web storage. */
  public PreviousBuild(String site, String registry, List<String> includes,
      String consentCookie, String consentLifetime, List<PreviousCookie> cookies) {
    this(site, registry, includes, consentCookie, consentLifetime, cookies, List.of());
  }

  /** Its cookies as entries of another compilation's policy (their constants live elsewhere). */
  public List<LedgerEntry> asForeignEntries() {
    return cookies.stream()
        .map(cookie -> LedgerEntry.of(cookie.attributes(), cookie.duration(),
            LedgerEntry.Origin.LIBRARY, cookie.declaredBy(), List.of()))
        .toList();
  }

  /**
   * One cookie of the previous policy.
   *
   * @param attributes its attributes, constant included
   * @param duration its duration, parsed
   * @param declaredBy its declaring elements as {@code cookies.json} names them
   */
  public record PreviousCookie(CookieAttributes attributes, CookieDuration duration,
      List<String> declaredBy) {}

  /**
   * One web storage entry of the previous policy.
   *
   * @param attributes its attributes, constant included
   * @param declaredBy its declaring elements as {@code cookies.json} names them
   */
  public record PreviousStorage(StorageAttributes attributes, List<String> declaredBy) {}
}
