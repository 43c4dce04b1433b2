package io.github.cookieledger.processor.write;

/**
 * Java source in plain ASCII, correct for every {@code String}. javac reads generated sources in the
 * build's {@code -encoding} (or the platform's), so ASCII is the only text that survives every
 * build unchanged.
 *
 * <p>javac turns {@code \\uXXXX} into its character before it reads anything else, anywhere in a
 * file: {@code \\u000a} ends a string literal or a {@code //} comment, {@code \\u0022} closes a
 * literal, and {@code \\u002a/} closes a comment. So the escape is used only where it is harmless:
 * for non-ASCII characters in literals and identifiers; controls in a literal are octal escapes,
 * and documentation text is written with HTML character references.
 */
public final class AsciiSource {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private AsciiSource() {}

  /** A whole source: every non-ASCII character (in identifiers) as a {@code \\uXXXX} escape. */
  public static String of(String source) {
    StringBuilder ascii = null;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c < 0x80) {
        if (ascii != null) {
          ascii.append(c);
        }
        continue;
      }
      if (ascii == null) {
        ascii = new StringBuilder(source.length() + 64).append(source, 0, i);
      }
      unicodeEscape(ascii, c);
    }
    return ascii == null ? source : ascii.toString();
  }

  /** A string literal, quotes included, that javac reads back as exactly {@code text}. */
  public static StringBuilder literal(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        // octal, not \" and \\: javac 16 and 17 count a backslash after a \\uXXXX escape wrongly
        // (JDK-8269150), reading \\ then u0022 as a quote
        case '"' -> out.append("\\042");
        case '\\' -> out.append("\\134");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else if (c < 0x80) {
            // octal, always three digits, so a following digit is never read as part of it
            out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                .append((char) ('0' + (c & 7)));
          } else {
            unicodeEscape(out, c); // never a line terminator, quote or backslash
          }
        }
      }
    }
    return out.append('"');
  }

  /**
   * Text inside a one-line Javadoc comment, shown as written: nothing in it can close the comment,
   * start a tag, form a unicode escape or break the line. Characters that could are written as HTML
   * character references ({@code &#64;}), as are controls and non-ASCII characters (a lone
   * surrogate as U+FFFD).
   */
  public static StringBuilder docText(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); ) {
      int code = text.codePointAt(i);
      i += Character.charCount(code);
      boolean plain = code >= 0x20 && code < 0x7f && "\\@<>&".indexOf(code) < 0
          && !(code == '/' && out.length() > 0 && out.charAt(out.length() - 1) == '*');
      if (plain) {
        out.append((char) code);
      } else {
        out.append("&#").append(Character.isSurrogate((char) code) ? 0xfffd : code).append(';');
      }
    }
    return out;
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
