package io.github.cookieledger;

import java.util.Optional;

/**
 * The syntax of web storage names and name patterns ({@link Storage#name()}), shared by the
 * processor and the runtime. A browser accepts any string as a key; a declaration must be
 * printable in a policy, so it holds no control character. {@code *} stands for one or more
 * characters of any kind.
 */
public final class StorageNames {
  private StorageNames() {}

  /**
   * Checks a declared name or pattern.
   *
   * @param name the declared name
   * @return empty when valid, else what is wrong with it
   */
  public static Optional<String> problem(String name) {
    if (name.isBlank()) {
      return Optional.of("is blank");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return Optional.of("contains " + CookieNames.describe(c) + " at position " + (i + 1)
            + ", a control character or line break that no policy can show");
      }
      if (c == CookieNames.WILDCARD && i > 0 && name.charAt(i - 1) == CookieNames.WILDCARD) {
        return Optional.of("has two adjacent wildcards: one * already stands for one or more"
            + " characters");
      }
    }
    if (CookieNames.literalLength(name) == 0) {
      return Optional.of("is only a wildcard, which would match every key");
    }
    return Optional.empty();
  }

  /**
   * Whether a concrete key is covered by a declared name or pattern; each {@code *} matches one or
   * more characters.
   *
   * @param declared the declared name or pattern
   * @param concrete a key the browser holds
   * @return true when the declaration covers it
   */
  public static boolean matches(String declared, String concrete) {
    // "*" is "one character, then zero or more": the classic glob walk that backtracks only to
    // the last star, linear in practice, never exponential.
    int[] pattern = new int[declared.length() * 2];
    int length = 0;
    for (int i = 0; i < declared.length(); i++) {
      char c = declared.charAt(i);
      if (c == CookieNames.WILDCARD) {
        pattern[length++] = ANY_ONE;
        pattern[length++] = ANY_RUN;
      } else {
        pattern[length++] = c;
      }
    }
    int p = 0;
    int k = 0;
    int starAt = -1;
    int starKey = -1;
    while (k < concrete.length()) {
      if (p < length && (pattern[p] == ANY_ONE || pattern[p] == concrete.charAt(k))) {
        p++;
        k++;
      } else if (p < length && pattern[p] == ANY_RUN) {
        starAt = p++;
        starKey = k;
      } else if (starAt >= 0) {
        p = starAt + 1;
        k = ++starKey;
      } else {
        return false;
      }
    }
    while (p < length && pattern[p] == ANY_RUN) {
      p++;
    }
    return p == length;
  }

  private static final int ANY_ONE = -1;
  private static final int ANY_RUN = -2;
}
