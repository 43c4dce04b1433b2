package io.github.cookieledger.testing;

import java.time.Instant;

/**
 * A cookie as the browser holds it.
 *
 * @param domain as the browser reports it: a leading dot for a domain cookie, none for host-only
 * @param expiry when it expires, or null for a session cookie
 * @param sameSite {@code Strict}, {@code Lax}, {@code None}, or null when the cookie was set
 *     without the attribute
 */
record ObservedCookie(String name, String domain, String path, Instant expiry, boolean secure,
    boolean httpOnly, String sameSite) {

  /** {@code "sid" (domain localhost, path /)}: which cookie a problem is about. */
  String describe() {
    return "cookie " + Texts.quoted(name) + " (domain " + Texts.shown(domain) + ", path "
        + Texts.shown(path) + ")";
  }
}
