package io.github.cookieledger.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a {@link CookieLedgerStartupException} as Spring Boot prints configuration problems
 * ("Description" and "Action"), instead of a stack trace through the web server's start-up.
 */
final class CookieLedgerFailureAnalyzer extends AbstractFailureAnalyzer<CookieLedgerStartupException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CookieLedgerStartupException cause) {
    return new FailureAnalysis(
        "cookieledger cannot protect this application: " + cause.setting() + ": "
            + cause.problem() + ".",
        cause.fix(),
        cause);
  }
}
