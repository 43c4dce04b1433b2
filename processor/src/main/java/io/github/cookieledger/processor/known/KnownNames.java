package io.github.cookieledger.processor.known;

/** The database's cookie names as cookieledger names and patterns, its quirks smoothed. */
final class KnownNames {
  private static final String INTEGER_PLACEHOLDER = "%INTEGER%";

  private KnownNames() {}

  /**
   * The name without what no browser sends: surrounding white space (the database has a name with
   * a trailing TAB) and soft hyphens (U+00AD, an invisible word-break hint pasted into one name).
   */
  static String clean(String name) {
    return name.replace("\u00AD", "").strip();
  }

  /**
   * The name as a cookieledger pattern: a prefix row ({@code wildcard} set) gets a trailing
   * {@code *}; {@code %INTEGER%} placeholders become {@code *}; several {@code *} in a row one.
   */
  static String pattern(String name, boolean wildcard) {
    String pattern = name.replace(INTEGER_PLACEHOLDER, "*");
    if (wildcard && !pattern.endsWith("*")) {
      pattern += "*";
    }
    while (pattern.contains("**")) {
      pattern = pattern.replace("**", "*");
    }
    return pattern;
  }
}
