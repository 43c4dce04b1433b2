package io.github.cookieledger;

/** Who sets the cookie, seen from the visitor's address bar. */
public enum Party {
  /** Set by the site itself ("internal" cookies). */
  FIRST_PARTY("First party"),

  /** Set by, or for, another site (an analytics or advertising provider). */
  THIRD_PARTY("Third party");

  private final String title;

  Party(String title) {
    this.title = title;
  }

  /**
   * The English label shown in policies, e.g. {@code "First party"}.
   *
   * @return the display title
   */
  public String title() {
    return title;
  }
}
