package io.github.cookieledger.spring.boot;

/**
 * A setting that stops cookieledger from protecting the application: start-up fails with what is
 * wrong, the setting to change and how. {@link CookieLedgerFailureAnalyzer} prints it as Spring
 * Boot prints its own configuration problems.
 */
public final class CookieLedgerStartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String setting;
  private final String problem;
  private final String fix;

  /**
   * @param setting the property or annotation attribute at fault, e.g. {@code cookieledger.registry}
   * @param problem what is wrong with it
   * @param fix what to change
   */
  public CookieLedgerStartupException(String setting, String problem, String fix) {
    this(setting, problem, fix, null);
  }

  /**
   * @param setting the property or annotation attribute at fault
   * @param problem what is wrong with it
   * @param fix what to change
   * @param cause the underlying failure, or null
   */
  public CookieLedgerStartupException(String setting, String problem, String fix, Throwable cause) {
    super(setting + ": " + problem + ". Fix: " + fix, cause);
    this.setting = setting;
    this.problem = problem;
    this.fix = fix;
  }

  /** @return the property or annotation attribute at fault */
  public String setting() {
    return setting;
  }

  /** @return what is wrong with the setting */
  public String problem() {
    return problem;
  }

  /** @return what to change */
  public String fix() {
    return fix;
  }
}
