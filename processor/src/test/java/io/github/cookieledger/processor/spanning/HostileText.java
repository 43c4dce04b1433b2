package io.github.cookieledger.processor.spanning;

import java.util.List;
import java.util.Random;

/**
 * Random text a user can paste into a declaration, weighted towards what breaks generated code and
 * documents: controls, line and paragraph separators, bidi controls, lone and paired surrogates,
 * comment ends, backslashes, quotes, format tokens, markup, and code points from every plane.
 */
final class HostileText {
  private static final List<String> HAZARDS = List.of(
      "\u2028", "\u2029", "\u0085", "\u0000", "\t", "\n", "\r\n", "\u000b", "\u001b", "\u007f",
      "\u202e", "\u2066", "\u200b", "\ufeff", "\ufffd", "\uffff", "\ud800", "\udc00",
      "\ud83c\udf6a", "*/", "/*", "\\", "\\u0022", "\\\\u", "\"", "'", "$", "$L", "$S", "{0}",
      "%s", "%n", "${x}", "<script>", "</td>", "&amp;", "|", "`", "#", "-->", ",", ";", "=",
      "\u00e9", "\u00fc", "\u4e2d", "\u0645");

  private final Random random;

  HostileText(Random random) {
    this.random = random;
  }

  /** A short text: mostly letters and spaces, with hazards mixed in. */
  String text() {
    int length = random.nextInt(12);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append(pick(HAZARDS));
        case 1 -> text.appendCodePoint(anyCodePoint());
        default -> text.append("abc xyz ".charAt(random.nextInt(8)));
      }
    }
    return text.toString();
  }

  /** Any code point of any plane, surrogate halves included (as lone chars). */
  int anyCodePoint() {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(0x80);
      case 1 -> random.nextInt(0x10000);
      default -> random.nextInt(Character.MAX_CODE_POINT + 1);
    };
  }

  /** One of the values, at random. */
  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  int below(int bound) {
    return random.nextInt(bound);
  }
}
