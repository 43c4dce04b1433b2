package io.github.cookieledger.processor.check;

import io.github.cookieledger.Category;
import io.github.cookieledger.processor.model.LedgerEntry;
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
      problems.add(Problem.error("[cookie-policy] consentCookie = \"" + name + "\" names no cookie"
          + " declared in this policy. Declare it with @Cookie(name = \"" + name + "\", category ="
          + " Category.NECESSARY, ...) on the code that stores the visitor's choice, or correct"
          + " the name.", declared.location(), "consentCookie"));
    } else if (cookie.pattern()) {
      problems.add(Problem.error("[cookie-policy] consentCookie = \"" + name + "\" is a pattern;"
          + " the visitor's choice is stored in one cookie. Name a cookie declared without '*'.",
          declared.location(), "consentCookie"));
    } else if (cookie.attributes().category() != Category.NECESSARY) {
      problems.add(Problem.error("[cookie-policy] consentCookie = \"" + name + "\" is declared "
          + cookie.attributes().category() + ", but the cookie that stores the visitor's choice"
          + " must be NECESSARY: it is set before any consent, also to store a refusal. Declare it"
          + " with category = Category.NECESSARY.", declared.location(), "consentCookie"));
    }
  }
}
