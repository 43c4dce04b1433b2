package io.github.cookieledger.spring.boot;

/** {@code cookieledger.consent-path}: one exact path of the application, where the form posts. */
final class ConsentPath {
  static final String PROPERTY = "cookieledger.consent-path";

  private ConsentPath() {}

  /**
   * @return the path, as a servlet mapping
   * @throws CookieLedgerStartupException when it is not one plain path
   */
  static String check(String path) {
    if (path == null || path.length() < 2 || path.charAt(0) != '/' || path.endsWith("/")
        || !path.chars().allMatch(ConsentPath::isPathCharacter)) {
      throw new CookieLedgerStartupException(PROPERTY,
          "'" + path + "' is not a path the consent form can post to",
          "set it to one path that starts with / and ends with a name, such as "
              + CookieLedgerProperties.DEFAULT_CONSENT_PATH
              + " (letters, digits and - . _ ~ / only; no *, ? or #)");
    }
    return path;
  }

  private static boolean isPathCharacter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
  }
}
