package io.github.cookieledger.servlet;

import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;

/** The visitor's choice as the request carries it in the consent cookie. */
final class VisitorConsent {
  private VisitorConsent() {}

  /**
   * @return the first valid choice among the request's consent cookies; empty when there is none
   *     (missing, malformed, another revision, older than the lifetime)
   */
  static Optional<Consent> of(HttpServletRequest request, LedgerRegistry registry, Instant now) {
    Optional<CookieDefinition> consentCookie = registry.consentCookie();
    Cookie[] cookies = request.getCookies();
    if (consentCookie.isEmpty() || cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (cookie != null && consentCookie.get().name().equals(cookie.getName())) {
        Optional<Consent> read = read(cookie.getValue(), registry, now);
        if (read.isPresent()) {
          return read;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Consent> read(String stored, LedgerRegistry registry, Instant now) {
    return Consent.read(stored, registry.revision(), registry.consentLifetime(), now);
  }
}
