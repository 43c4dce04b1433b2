package io.github.cookieledger.processor.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between two {@code cookie-policy.md}: cookies added, removed, and changed with the
 * columns that changed (read from the tables: a code span in a row is a cookie name; the row's
 * other cells and its category heading are what a visitor reads about it).
 */
final class MarkdownDifferences {
  private MarkdownDifferences() {}

  /** One cookie as a table shows it. */
  private record Row(String heading, List<String> header, List<String> cells, int namesColumn) {}

  static List<String> between(String committed, String generated) {
    Map<String, Row> old = rows(committed);
    Map<String, Row> fresh = rows(generated);
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Row> cookie : fresh.entrySet()) {
      Row before = old.get(cookie.getKey());
      if (before == null) {
        added.add(cookie.getKey());
      } else {
        List<String> columns = changedColumns(before, cookie.getValue());
        if (!columns.isEmpty()) {
          changed.add(cookie.getKey() + " (" + PolicyVerifier.list(columns) + ")");
        }
      }
    }
    List<String> removed = new ArrayList<>();
    old.keySet().stream().filter(name -> !fresh.containsKey(name)).forEach(removed::add);
    List<String> lines = PolicyVerifier.summary(added, removed, changed);
    if (lines.isEmpty()) {
      lines.add(firstDifference(committed, generated));
    }
    return lines;
  }

  private static List<String> changedColumns(Row before, Row after) {
    List<String> columns = new ArrayList<>();
    if (!before.heading().equals(after.heading())) {
      columns.add("category");
    }
    int count = Math.max(before.cells().size(), after.cells().size());
    for (int i = 0; i < count; i++) {
      if (i == after.namesColumn()) {
        continue;
      }
      String was = i < before.cells().size() ? before.cells().get(i) : null;
      String is = i < after.cells().size() ? after.cells().get(i) : null;
      if (was == null || !was.equals(is)) {
        columns.add(i < after.header().size() ? after.header().get(i) : "column " + (i + 1));
      }
    }
    return columns;
  }

  /** Every cookie name of the tables, with its row. */
  private static Map<String, Row> rows(String markdown) {
    Map<String, Row> rows = new LinkedHashMap<>();
    String heading = "";
    List<String> header = null;
    boolean storage = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("###")) {
        // a category's web storage table: its rows are named by type and name, so a cookie and
        // a storage key of the same name stay apart
        storage = true;
        header = null;
      } else if (line.startsWith("#")) {
        heading = line;
        storage = false;
        header = null;
      } else if (line.startsWith("|") && !line.startsWith("|---")) {
        List<String> cells = cells(line);
        if (header == null) {
          header = cells;
          continue;
        }
        for (int i = 0; i < cells.size(); i++) {
          List<String> names = codeSpans(cells.get(i));
          if (!names.isEmpty()) {
            for (String name : names) {
              String key = storage && !cells.isEmpty() ? cells.get(0) + " " + name : name;
              rows.put(key, new Row(heading, header, cells, i));
            }
            break;
          }
        }
      }
    }
    return rows;
  }

  /** The cells of a table row, split at pipes that no backslash escapes. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (!cell.toString().isBlank()) {
      cells.add(cell.toString().trim());
    }
    return cells;
  }

  /** The code spans of a cell, unescaped: the cookie names. */
  static List<String> codeSpans(String cell) {
    List<String> spans = new ArrayList<>();
    int i = 0;
    while (i < cell.length()) {
      char c = cell.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c != '`') {
        i++;
        continue;
      }
      int fence = run(cell, i);
      int close = i + fence;
      while (close < cell.length() && !(cell.charAt(close) == '`' && run(cell, close) == fence)) {
        close += cell.charAt(close) == '`' ? run(cell, close) : 1;
      }
      if (close >= cell.length()) {
        break; // an unclosed fence is text
      }
      String content = cell.substring(i + fence, close);
      if (content.length() > 1 && content.startsWith(" ") && content.endsWith(" ")) {
        content = content.substring(1, content.length() - 1);
      }
      spans.add(content.replace("\\|", "|"));
      i = close + fence;
    }
    return spans;
  }

  private static int run(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) == '`') {
      end++;
    }
    return end - from;
  }

  private static String firstDifference(String committed, String generated) {
    String[] old = committed.split("\n", -1);
    String[] fresh = generated.split("\n", -1);
    int line = 0;
    while (line < old.length && line < fresh.length && old[line].equals(fresh[line])) {
      line++;
    }
    String was = line < old.length ? "\"" + old[line] + "\"" : "the end of the file";
    String is = line < fresh.length ? "\"" + fresh[line] + "\"" : "the end of the file";
    return "the same cookies, other text differs: line " + (line + 1) + " is " + was
        + " in the committed file and " + is + " in this build's";
  }
}
