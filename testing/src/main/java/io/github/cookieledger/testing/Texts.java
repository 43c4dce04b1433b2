package io.github.cookieledger.testing;

import java.util.Locale;

/** Browser-supplied text made safe for a one-line problem: control characters as escapes. */
final class Texts {
  private Texts() {}

  static String quoted(String text) {
    return "\"" + shown(text) + "\"";
  }

  static String shown(String text) {
    if (text == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
