package io.github.cookieledger.processor.write;

/**
 * Java source in plain ASCII: every other character as a {@code \\uXXXX} escape, which Java reads
 * anywhere in a file. javac reads generated sources in the build's {@code -encoding} (or the
 * platform's), so ASCII is the only text that survives every build unchanged.
 */
public final class AsciiSource {
  private AsciiSource() {}

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
      ascii.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    }
    return ascii == null ? source : ascii.toString();
  }
}
