package io.github.cookieledger.servlet;

import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides, for one response, which cookies go out. Every {@code Set-Cookie} is checked against
 * the registry when the application sets it; a cookie that needs consent the visitor has not
 * given is held back, and sent after all if this same response stores a consent that allows it.
 * Not thread-safe: one per request, as the response itself.
 */
final class CookieGate {
  private static final Logger LOG = System.getLogger(CookieLedgerFilter.class.getName());

  private final LedgerRegistry registry;
  private final Undeclared mode;
  private final WarnOnce warnings;
  private final Instant now;
  private final List<String> carried;
  /** Adds a header to the container's response, past the checks. */
  private final Consumer<String> send;
  private final Set<String> expired = new HashSet<>();
  private final List<String> withdrawals = new ArrayList<>();
  private final List<Held> held = new ArrayList<>();
  private Consent consent;
  private boolean failed;

  private record Held(String name, CookieDefinition cookie, Runnable send) {}

  CookieGate(LedgerRegistry registry, Undeclared mode, WarnOnce warnings, Instant now,
      List<String> carried, Optional<Consent> requestConsent, Consumer<String> send) {
    this.registry = registry;
    this.mode = mode;
    this.warnings = warnings;
    this.now = now;
    this.carried = carried;
    this.consent = requestConsent.orElse(Consent.necessaryOnly());
    this.send = send;
  }

  /** Deletes the carried cookies the visitor's consent does not allow. */
  void withdrawCarried() {
    withdraw(consent, consent);
  }

  /**
   * Checks one cookie and sends it, holds it back or drops it.
   *
   * @param header the cookie as it would be sent
   * @param sendIt sends it to the container's response
   * @throws CookiePolicyViolation in {@code fail} mode, for a cookie the policy does not allow
   */
  void offer(SetCookieHeader header, Runnable sendIt) {
    String name = header.name();
    Optional<CookieDefinition> declared = registry.find(name);
    if (declared.isEmpty()) {
      if (refuse(name, "undeclared cookie '" + name + "': declare it with @Cookie on the code that"
          + " sets it (" + registry + " does not list it)")) {
        return;
      }
      sendIt.run();
      return;
    }
    CookieDefinition cookie = declared.get();
    List<String> differences = AttributeCheck.differences(header, cookie, now);
    if (!differences.isEmpty() && refuse(name, "cookie '" + name + "' is set with attributes other"
        + " than declared: " + String.join(", ", differences) + "; set it with its registry"
        + " constant's setCookieHeader(...)")) {
      return;
    }
    boolean deletes = AttributeCheck.deletes(header, now);
    if (isConsentCookie(cookie)) {
      sendIt.run();
      changeConsent(deletes ? Consent.necessaryOnly()
          : VisitorConsent.read(header.value(), registry, now).orElse(Consent.necessaryOnly()));
    } else if (deletes || consent.allows(cookie)) {
      sendIt.run();
    } else {
      held.add(new Held(name, cookie, sendIt));
    }
  }

  /** @return true when the cookie is not to be sent; throws in fail mode */
  private boolean refuse(String name, String problem) {
    switch (mode) {
      case REPORT:
        warnings.warn(name, problem + " (undeclared = report: sent anyway)");
        return false;
      case FAIL:
        failed = true;
        warnings.warn(name, problem + " (undeclared = fail: the request fails with 500)");
        throw new CookiePolicyViolation(problem);
      default:
        warnings.warn(name, problem + " (undeclared = block: not sent)");
        return true;
    }
  }

  private boolean isConsentCookie(CookieDefinition cookie) {
    return registry.consentCookie().map(cookie::equals).orElse(false);
  }

  /** The response stores a new choice: withdraw what it no longer allows, send what it now does. */
  private void changeConsent(Consent chosen) {
    Consent before = consent;
    consent = chosen;
    withdraw(before, chosen);
    List<Held> waiting = new ArrayList<>(held);
    held.clear();
    for (Held cookie : waiting) {
      if (chosen.allows(cookie.cookie())) {
        cookie.send().run();
      } else {
        held.add(cookie);
      }
    }
  }

  private void withdraw(Consent before, Consent now) {
    for (String header : Withdrawal.headers(registry, carried, before, now, expired)) {
      withdrawals.add(header);
      send.accept(header);
    }
  }

  /** After the application reset the response: the deletions still have to go out. */
  void resendWithdrawals() {
    withdrawals.forEach(send);
  }

  /** Logs the cookies that were held back for want of consent and never released. */
  void finish() {
    for (Held cookie : held) {
      LOG.log(Level.DEBUG, () -> "cookie '" + cookie.name() + "' not sent: the visitor has not"
          + " consented to " + cookie.cookie().category());
    }
    held.clear();
  }

  boolean failed() {
    return failed;
  }
}
