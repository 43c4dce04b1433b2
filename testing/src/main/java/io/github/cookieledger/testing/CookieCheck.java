package io.github.cookieledger.testing;

import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One cookie the browser holds against its declaration and the visitor's consent. */
final class CookieCheck {
  /** Clock skew and the time between setting and checking. */
  static final Duration EXPIRY_TOLERANCE = Duration.ofMinutes(2);

  private CookieCheck() {}

  static void check(ObservedCookie cookie, RegistryDeclarations declared, Consent consent,
      Instant now, List<String> problems) {
    Optional<CookieDefinition> found = declared.cookies().find(cookie.name());
    if (found.isEmpty()) {
      problems.add(cookie.describe() + ": no @Cookie of " + declared.registry()
          + " declares it");
      return;
    }
    CookieDefinition definition = found.get();
    String what = cookie.describe() + (definition.isPattern()
        ? " (declared as " + Texts.quoted(definition.name()) + ")" : "");
    if (!consent.allows(definition)) {
      problems.add(what + ": present although the consent " + consent.granted()
          + " does not allow its category " + definition.category());
    }
    if (cookie.secure() != definition.secure()) {
      problems.add(what + ": Secure is " + cookie.secure() + ", declared " + definition.secure());
    }
    if (cookie.httpOnly() != definition.httpOnly()) {
      problems.add(what + ": HttpOnly is " + cookie.httpOnly() + ", declared "
          + definition.httpOnly());
    }
    String sameSite = sameSite(cookie.sameSite());
    if (!sameSite.equals(sameSite(definition.sameSite()))) {
      problems.add(what + ": SameSite is " + sameSite + ", declared "
          + sameSite(definition.sameSite()));
    }
    if (!cookie.path().equals(definition.path())) {
      problems.add(what + ": Path is " + Texts.quoted(cookie.path()) + ", declared "
          + Texts.quoted(definition.path()));
    }
    domain(cookie, definition, what, problems);
    expiry(cookie, definition, what, now, problems);
  }

  /** A browser reports a host-only cookie without a dot, a Domain cookie with one. */
  private static void domain(ObservedCookie cookie, CookieDefinition definition, String what,
      List<String> problems) {
    boolean hostOnly = !cookie.domain().startsWith(".");
    String declared = definition.domain();
    if (declared.isEmpty()) {
      if (!hostOnly) {
        problems.add(what + ": Domain is " + Texts.quoted(cookie.domain().substring(1))
            + ", declared host-only (no Domain)");
      }
      return;
    }
    String bare = declared.startsWith(".") ? declared.substring(1) : declared;
    if (hostOnly || !cookie.domain().substring(1).equalsIgnoreCase(bare)) {
      problems.add(what + ": Domain is " + (hostOnly ? "not set (host-only)"
          : Texts.quoted(cookie.domain().substring(1))) + ", declared " + Texts.quoted(bare));
    }
  }

  private static void expiry(ObservedCookie cookie, CookieDefinition definition, String what,
      Instant now, List<String> problems) {
    Optional<Duration> maxAge = definition.maxAge();
    if (cookie.expiry() == null) {
      return; // a session cookie never outlives a declared lifetime
    }
    if (maxAge.isEmpty()) {
      problems.add(what + ": expires " + cookie.expiry() + ", declared a session cookie");
      return;
    }
    Duration left = Duration.between(now, cookie.expiry());
    if (left.compareTo(maxAge.get().plus(EXPIRY_TOLERANCE)) > 0) {
      problems.add(what + ": expires in " + left.toDays() + " days (" + cookie.expiry()
          + "), beyond its declared duration " + definition.duration());
    }
  }

  /** Browsers treat a cookie without SameSite as Lax (Chromium since version 80). */
  private static String sameSite(String observed) {
    if (observed == null || observed.isEmpty()) {
      return "Lax";
    }
    String lower = observed.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String sameSite(SameSite declared) {
    return sameSite(declared.name());
  }
}
