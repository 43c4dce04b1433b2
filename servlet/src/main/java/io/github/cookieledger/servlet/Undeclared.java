package io.github.cookieledger.servlet;

import java.util.Locale;

/**
 * What {@link CookieLedgerFilter} does with a {@code Set-Cookie} the policy does not allow: a
 * cookie that is not declared, or sent with attributes other than declared. A cookie that needs
 * consent the visitor has not given is dropped in every mode.
 */
public enum Undeclared {
  /** Drop the cookie, the rest of the response goes out; one WARN per cookie name. */
  BLOCK,
  /** Fail the request with 500 (tests, staging); one WARN per cookie name. */
  FAIL,
  /** Let the cookie pass with one WARN per cookie name (while adopting cookieledger). */
  REPORT;

  /**
   * Reads a setting such as the filter's {@code undeclared} init parameter.
   *
   * @param value {@code block}, {@code fail} or {@code report}, any letter case; null: block
   * @param setting the setting's name, for the message
   * @return the mode
   * @throws IllegalArgumentException naming the setting and the valid values
   */
  public static Undeclared of(String value, String setting) {
    if (value == null || value.isBlank()) {
      return BLOCK;
    }
    for (Undeclared mode : values()) {
      if (mode.name().equalsIgnoreCase(value.trim())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(setting + " is '" + value + "', which cookieledger does not"
        + " know: use block (drop the cookie, the default), fail (answer 500) or report (let it"
        + " pass with a warning)");
  }

  /** @return the setting's spelling, e.g. {@code block} */
  public String setting() {
    return name().toLowerCase(Locale.ROOT);
  }
}
