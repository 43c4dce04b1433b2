package io.github.cookieledger;

/**
 * Why a cookie exists, which decides whether a visitor must consent to it.
 *
 * <p>The order of the constants is the order of the sections in the generated policy.
 */
public enum Category {
  /**
   * Needed for the site to work at all (log-in session, CSRF token, the visitor's cookie choice).
   * Never needs consent.
   */
  NECESSARY("Cookies necessary for the platform to function properly"),

  /** Remembers choices that make the site nicer to use, but it works without them. */
  FUNCTIONAL("Functionality cookies"),

  /**
   * Measures how visitors use the site. Needs consent unless the cookie is declared {@code
   * anonymized}: the statistics cannot be traced back to a person.
   */
  STATISTICS("Statistics cookies"),

  /** Tracks visitors for advertising, often across sites. Always needs consent. */
  MARKETING("Marketing cookies");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  /**
   * The English heading of this category's section in the policy, e.g. {@code "Cookies necessary
   * for the platform to function properly"}.
   *
   * @return the display title
   */
  public String title() {
    return title;
  }
}
