package io.github.cookieledger;

import java.util.Comparator;
import java.util.Optional;

/**
 * The syntax of cookie names and name patterns, shared by the processor (which checks
 * declarations) and the runtime (which matches concrete names against patterns).
 *
 * <p>A name is an RFC 6265 token. In a declaration, {@code *} stands for one or more token
 * characters ({@code .} included), so {@code _ga_*} covers {@code _ga_ABC123}.
 */
public final class CookieNames {
  /** The wildcard of a name pattern. */
  public static final char WILDCARD = '*';

  /**
   * The order in which patterns are tried when several match a name (SPEC §4 {@code find}): the
   * longest literal text first, ties broken by name.
   */
  public static final Comparator<String> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt(CookieNames::literalLength).reversed()
          .thenComparing(Comparator.naturalOrder());

  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";

  private CookieNames() {}

  /**
   * Whether a character may stand in a cookie name (an RFC 6265 token character).
   *
   * @param c the character
   * @return true for letters, digits and {@code !#$%&'*+-.^_`|~}
   */
  public static boolean isTokenChar(char c) {
    return c > 0x20 && c < 0x7f && SEPARATORS.indexOf(c) < 0;
  }

  /**
   * Checks a declared name or pattern.
   *
   * @param name the declared name
   * @return empty when valid, else what is wrong with it
   */
  public static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isTokenChar(c)) {
        return Optional.of("contains " + describe(name.codePointAt(i)) + " at position " + (i + 1)
            + ", which a cookie name cannot hold (only letters, digits and !#$%&'*+-.^_`|~)");
      }
      if (c == WILDCARD && i > 0 && name.charAt(i - 1) == WILDCARD) {
        return Optional.of("has two adjacent wildcards: one * already stands for one or more"
            + " characters");
      }
    }
    if (literalLength(name) == 0) {
      return Optional.of("is only a wildcard, which would match every cookie");
    }
    return Optional.empty();
  }

  /**
   * Names a character readably in a message, e.g. {@code ';'} or {@code U+000A}.
   *
   * @param c the character
   * @return a description
   */
  public static String describe(char c) {
    return describe((int) c);
  }

  /**
   * Names a code point readably in a message, e.g. {@code ';'}, {@code U+000A} or {@code U+1F600}
   * (a character outside the BMP by its code point, never by its surrogates).
   *
   * @param codePoint the code point (or a lone surrogate)
   * @return a description
   */
  public static String describe(int codePoint) {
    if (codePoint == ' ') {
      return "a space";
    }
    if (codePoint < 0x20 || codePoint >= 0x7f) {
      return "the control or non-ASCII character " + MessageText.codePoint(codePoint);
    }
    return "'" + (char) codePoint + "'";
  }

  /**
   * Whether a declared name is a pattern.
   *
   * @param name the declared name
   * @return true when it holds a {@code *}
   */
  public static boolean isPattern(String name) {
    return name.indexOf(WILDCARD) >= 0;
  }

  /**
   * The number of characters of a pattern that are not wildcards; a longer literal text is a more
   * specific pattern.
   *
   * @param name the declared name
   * @return its length less its wildcards
   */
  public static int literalLength(String name) {
    int literal = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != WILDCARD) {
        literal++;
      }
    }
    return literal;
  }

  /**
   * Whether a concrete cookie name is covered by a declared name or pattern. Each {@code *}
   * matches one or more token characters.
   *
   * @param declared the declared name or pattern
   * @param concrete the name a cookie is actually set with
   * @return true when the declaration covers the name
   */
  public static boolean matches(String declared, String concrete) {
    // Allocation-free: the registry's find() calls this on every lookup that misses the exact
    // names, so the literal segments are compared in place instead of cut out as substrings.
    int star = declared.indexOf(WILDCARD);
    if (star < 0) {
      return declared.equals(concrete);
    }
    if (!concrete.regionMatches(0, declared, 0, star)) {
      return false;
    }
    int position = star;
    while (true) {
      int next = declared.indexOf(WILDCARD, star + 1);
      if (next < 0) {
        int suffixLength = declared.length() - star - 1;
        int suffixStart = concrete.length() - suffixLength;
        return suffixStart > position
            && concrete.regionMatches(suffixStart, declared, star + 1, suffixLength)
            && allTokenChars(concrete, position, suffixStart);
      }
      int found = indexOf(concrete, position + 1, declared, star + 1, next);
      if (found < 0 || !allTokenChars(concrete, position, found)) {
        return false;
      }
      position = found + (next - star - 1);
      star = next;
    }
  }

  /** Where {@code declared[from, to)} first occurs in {@code s} at or after {@code start}, or -1. */
  private static int indexOf(String s, int start, String declared, int from, int to) {
    int length = to - from;
    for (int i = start, last = s.length() - length; i <= last; i++) {
      if (s.regionMatches(i, declared, from, length)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean allTokenChars(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isTokenChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
