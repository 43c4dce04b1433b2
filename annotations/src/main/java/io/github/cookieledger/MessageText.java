package io.github.cookieledger;

import java.util.Locale;

/**
 * Makes any text safe to put into a message that a terminal, a log or an IDE shows: a character
 * that could forge a log line, move the cursor or reorder what a reader sees is written as its code
 * point, {@code U+XXXX}. The one escaping of user text for every message of cookieledger, at run
 * time (exceptions of {@link CookieDefinition}) and at compile time (the processor's diagnostics).
 */
public final class MessageText {
  private MessageText() {}

  /**
   * The text with every {@linkplain #isUnsafe unsafe} code point written as {@code U+XXXX}; every
   * other character stays as it is.
   *
   * @param text any text, lone surrogates included
   * @return printable text
   */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !isUnsafe(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return text; // the common case: nothing to do, nothing allocated
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (isUnsafe(codePoint)) {
        out.append(codePoint(codePoint));
      } else {
        out.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }

  /**
   * Whether a code point must not reach a message as itself: C0 controls (CR, LF, NUL, ESC, ...),
   * DEL, C1 controls (U+0085 included), the line and paragraph separators U+2028/U+2029, the
   * bidirectional controls (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069) and lone surrogates
   * (which no terminal can print).
   *
   * @param codePoint a code point, or a lone surrogate
   * @return true when it is written as {@code U+XXXX}
   */
  public static boolean isUnsafe(int codePoint) {
    return codePoint < 0x20
        || (codePoint >= 0x7f && codePoint <= 0x9f)
        || codePoint == 0x061c
        || codePoint == 0x200e || codePoint == 0x200f
        || codePoint == 0x2028 || codePoint == 0x2029
        || (codePoint >= 0x202a && codePoint <= 0x202e)
        || (codePoint >= 0x2066 && codePoint <= 0x2069)
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
  }

  /**
   * A code point as {@code U+XXXX} (four hex digits at least): {@code U+000A}, {@code U+1F600}.
   *
   * @param codePoint a code point
   * @return its name in messages
   */
  public static String codePoint(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }
}
