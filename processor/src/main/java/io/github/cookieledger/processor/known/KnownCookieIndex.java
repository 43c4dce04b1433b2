package io.github.cookieledger.processor.known;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The shipped Open Cookie Database in a form a compilation can open in milliseconds: its usable
 * rows as read by {@link KnownCookieCsv}, one tab-separated ASCII line each, the pattern rows
 * first and then the named rows sorted by name. Opening it reads the text and the few hundred
 * pattern rows; a named row is read only when a name is looked up (a binary search over the
 * text), so a draft for a few undeclared names does not parse the 2,000 rows the CSV has.
 *
 * <p>The index is generated from the CSV ({@link #write}) and committed next to it;
 * {@code KnownCookieIndexTest} fails when the two disagree and rewrites it with {@code
 * -Dcookieledger.updateGolden=true}, which {@code processor/refresh-cookie-database.sh} does.
 */
final class KnownCookieIndex {
  /** The generated index, next to the CSV it is made from. */
  static final String RESOURCE = KnownCookies.FOLDER + "open-cookie-database.index";
  private static final String HEADER = "# The usable rows of open-cookie-database.csv, generated"
      + " by KnownCookieIndex.write (processor/refresh-cookie-database.sh); do not edit.";
  private static final String NAMES = "# names";
  private static final int FIELDS = 9;

  private final String text;
  /** Where the first named row starts: the named rows run from here to the end. */
  private final int namedStart;
  private final List<KnownCookie> patterns;

  private KnownCookieIndex(String text) {
    this.text = text;
    List<KnownCookie> patternRows = new ArrayList<>();
    int start = text.indexOf('\n') + 1; // after the header
    while (start < text.length() && !text.startsWith(NAMES, start)) {
      int end = text.indexOf('\n', start);
      patternRows.add(row(text.substring(start, end)));
      start = end + 1;
    }
    this.patterns = List.copyOf(patternRows);
    // the named rows are never scanned whole: a lookup finds a line's start from any position
    // inside it, so a name costs a few hundred characters read, not the whole text
    this.namedStart = text.indexOf('\n', start) + 1;
  }

  /** The index shipped in the processor jar. */
  static KnownCookieIndex builtIn() {
    try (InputStream in = KnownCookieIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the processor jar");
      }
      // ASCII (see escape), so the text is a copy of the bytes, one byte a character
      return new KnownCookieIndex(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new IllegalStateException("the shipped " + RESOURCE + " cannot be read: " + e, e);
    }
  }

  /** The index's text for these rows (the CSV's usable rows, in file order). */
  static String write(List<KnownCookie> rows) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    rows.stream().filter(KnownCookie::isPattern).forEach(row -> line(out, row));
    out.append(NAMES).append('\n');
    rows.stream().filter(row -> !row.isPattern())
        .sorted(Comparator.comparing(row -> escape(row.pattern()))) // stable: file order in a name
        .forEach(row -> line(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, KnownCookie row) {
    String[] fields = {row.pattern(), row.name(), row.platform(), row.category(), row.domain(),
        row.description(), row.retention().text(), row.controller(), row.source()};
    for (int i = 0; i < fields.length; i++) {
      out.append(i == 0 ? "" : "\t").append(escape(fields[i]));
    }
    out.append('\n');
  }

  /** Every pattern row. */
  List<KnownCookie> patterns() {
    return patterns;
  }

  /** The rows of exactly this (plain) name, in file order. */
  List<KnownCookie> named(String name) {
    String key = escape(name);
    List<KnownCookie> rows = new ArrayList<>();
    for (int at = firstAtOrAfter(key); at < text.length() && key.equals(key(at));
        at = next(at)) {
      rows.add(row(line(at)));
    }
    return rows;
  }

  /** The named rows whose name starts with this text. */
  List<KnownCookie> namedStartingWith(String prefix) {
    String key = escape(prefix);
    List<KnownCookie> rows = new ArrayList<>();
    for (int at = firstAtOrAfter(key); at < text.length() && key(at).startsWith(key);
        at = next(at)) {
      rows.add(row(line(at)));
    }
    return rows;
  }

  /** Every row: the patterns, then the named rows by name. */
  List<KnownCookie> all() {
    List<KnownCookie> rows = new ArrayList<>(patterns);
    for (int at = namedStart; at < text.length(); at = next(at)) {
      rows.add(row(line(at)));
    }
    return rows;
  }

  /**
   * The start of the first named line whose key is not below {@code key} (the text's length when
   * there is none): a binary search over character positions, each probe moved back to the start
   * of the line it falls in.
   */
  private int firstAtOrAfter(String key) {
    int low = namedStart; // a line start: every line before it is below the key
    int high = text.length(); // a line start or the end: it is not below the key
    while (low < high) {
      int line = lineStart(low + (high - low) / 2);
      if (line == low) { // the probe fell in the range's first line: decide that line
        if (key(low).compareTo(key) >= 0) {
          return low;
        }
        low = next(low);
      } else if (key(line).compareTo(key) < 0) {
        low = next(line);
      } else {
        high = line;
      }
    }
    return low;
  }

  private int lineStart(int position) {
    return Math.max(namedStart, text.lastIndexOf('\n', position - 1) + 1);
  }

  private int next(int lineStart) {
    return text.indexOf('\n', lineStart) + 1;
  }

  private String key(int lineStart) {
    return text.substring(lineStart, text.indexOf('\t', lineStart));
  }

  private String line(int lineStart) {
    return text.substring(lineStart, text.indexOf('\n', lineStart));
  }

  private static KnownCookie row(String line) {
    String[] fields = new String[FIELDS];
    int start = 0;
    for (int i = 0; i < FIELDS; i++) {
      int end = i == FIELDS - 1 ? line.length() : line.indexOf('\t', start);
      fields[i] = unescape(line.substring(start, end));
      start = end + 1;
    }
    return new KnownCookie(fields[1], fields[0], fields[2], fields[3], fields[4], fields[5],
        Retention.parse(fields[6]), fields[7], fields[8]);
  }

  /**
   * One line per row, in ASCII: tab, line breaks and backslash written as {@code \t \n \r \\},
   * every character above {@code ~} as {@code \}{@code uXXXX}.
   */
  private static String escape(String field) {
    boolean plain = true;
    for (int i = 0; i < field.length() && plain; i++) {
      char c = field.charAt(i);
      plain = c >= ' ' && c <= '~' && c != '\\';
    }
    if (plain) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length() + 8);
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          if (c > '~') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        if (next == 'u' && i + 4 < field.length()) {
          out.append((char) Integer.parseInt(field.substring(i + 1, i + 5), 16));
          i += 4;
          continue;
        }
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
