package io.github.cookieledger;

/** The {@code SameSite} attribute: when the browser sends the cookie along with cross-site requests. */
public enum SameSite {
  /** Only with requests that start on the same site. */
  STRICT("Strict"),

  /** Same-site requests and top-level navigations from other sites (the browsers' default). */
  LAX("Lax"),

  /** Every request, cross-site included; browsers then require {@code Secure}. */
  NONE("None");

  private final String attributeValue;

  SameSite(String attributeValue) {
    this.attributeValue = attributeValue;
  }

  /**
   * The value as written in a {@code Set-Cookie} header: {@code Strict}, {@code Lax} or {@code
   * None}.
   *
   * @return the attribute value
   */
  public String attributeValue() {
    return attributeValue;
  }
}
