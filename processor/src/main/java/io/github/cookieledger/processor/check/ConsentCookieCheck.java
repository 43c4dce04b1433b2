package io.github.cookieledger.processor.check;

import io.github.cookieledger.Category;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Policy;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.read.PolicyDeclaration;
import java.util.List;

/**
 * {@code @CookiePolicy(consentCookie)} names one declared cookie of the policy, and a {@code
 * NECESSARY} one: storing the visitor's choice needs no consent, or refusing could not be stored.
 */
final class ConsentCookieCheck {
  private ConsentCookieCheck() {}

  static void check(Policy policy, PolicyDeclaration declared, List<LedgerEntry> cookies,
      List<Problem> problems) {
    String name = policy.consentCookie();
    if (name.isEmpty()) {
      return;
    }
    LedgerEntry cookie = null;
    for (LedgerEntry entry : cookies) {
      if (entry.name().equals(name)) {
        cookie = entry;
      }
    }
    if (cookie == null) {
      problems.add(Message.CONSENT_COOKIE_UNDECLARED.at(declared.location(), "consentCookie", name));
    } else if (cookie.pattern()) {
      problems.add(Message.CONSENT_COOKIE_PATTERN.at(declared.location(), "consentCookie", name));
    } else if (cookie.attributes().category() != Category.NECESSARY) {
      problems.add(Message.CONSENT_COOKIE_NOT_NECESSARY.at(declared.location(), "consentCookie",
          name, cookie.attributes().category()));
    }
  }
}
