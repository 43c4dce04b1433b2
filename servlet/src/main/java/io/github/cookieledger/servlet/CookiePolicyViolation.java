package io.github.cookieledger.servlet;

/**
 * Thrown to the application, in {@code undeclared = fail} mode, by the response call that tried
 * to set a cookie the policy does not allow; {@link CookieLedgerFilter} then answers 500.
 */
public final class CookiePolicyViolation extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  CookiePolicyViolation(String message) {
    super(message);
  }
}
