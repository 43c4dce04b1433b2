package io.github.cookieledger.benchmarks.corpus;

/** Java source text helpers. */
final class JavaText {
  private JavaText() {}

  /** A string literal: quotes, backslashes escaped; controls become spaces; non-ASCII as \\uXXXX. */
  static String literal(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(' ');
      } else if (c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
