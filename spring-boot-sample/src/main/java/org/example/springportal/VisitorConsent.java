package org.example.springportal;

import io.github.cookieledger.Consent;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.util.WebUtils;

/** The visitor's cookie choice, as the request's {@code cookies_preferences} holds it. */
final class VisitorConsent {
  private VisitorConsent() {}

  /**
   * @return the visitor's choice, or empty when they have none under the current policy (never
   *     asked, garbage, too old, or made before the policy changed): then the banner asks
   */
  static Optional<Consent> read(HttpServletRequest request) {
    Cookie stored = WebUtils.getCookie(request, CookieRegistry.COOKIES_PREFERENCES.name());
    return Consent.read(stored == null ? null : stored.getValue(),
        CookieRegistry.REVISION, CookieRegistry.consentLifetime(), Instant.now());
  }
}
