package io.github.cookieledger.processor.write;

import io.github.cookieledger.Category;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.StorageEntry;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code cookie-policy.md}: a title with the site, then one table per category in {@link Category}
 * order with the seed's columns plus Duration. Names are code spans; every other cell is escaped
 * so that no text can break a row or turn into markup.
 */
public final class MarkdownWriter {
  private MarkdownWriter() {}

  /**
   * @param words the document's language
   * @param purpose the purpose to show for a cookie (the declared one, or a translation)
   * @param function the function to show for a cookie
   */
  public static String write(Ledger ledger, Words words,
      Function<LedgerEntry, String> purpose, Function<LedgerEntry, String> function) {
    return write(ledger, words, purpose, function, StorageTexts.declared());
  }

  /** As above; web storage follows each category's cookies in a table of its own. */
  public static String write(Ledger ledger, Words words,
      Function<LedgerEntry, String> purpose, Function<LedgerEntry, String> function,
      StorageTexts storageTexts) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(text(words.title(ledger.policy().site()))).append("\n");
    for (Category category : Category.values()) {
      List<LedgerEntry> entries = ledger.inCategory(category);
      List<StorageEntry> storage = ledger.storageInCategory(category);
      if (entries.isEmpty() && storage.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(text(words.category(category))).append("\n");
      if (!entries.isEmpty()) {
        md.append("\n");
        cookieTable(md, entries, words, purpose, function);
      }
      if (!storage.isEmpty()) {
        md.append("\n### ").append(text(words.get("storage.heading"))).append("\n\n");
        storageTable(md, storage, words, storageTexts);
      }
    }
    return md.toString();
  }

  private static void storageTable(StringBuilder md, List<StorageEntry> storage, Words words,
      StorageTexts texts) {
    md.append("| ").append(words.get("column.type"))
        .append(" | ").append(words.get("column.provider"))
        .append(" | ").append(words.get("column.function"))
        .append(" | ").append(words.get("column.storageNames"))
        .append(" | ").append(words.get("column.purposes"))
        .append(" | ").append(words.get("column.duration")).append(" |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (StorageRows.Row row : StorageRows.of(storage)) {
      md.append("| ").append(text(words.storageType(row.sample().kind())))
          .append(" | ").append(text(row.sample().provider()))
          .append(" | ").append(text(texts.function().apply(row.first())))
          .append(" | ").append(row.names().stream().map(MarkdownWriter::code)
              .collect(Collectors.joining(", ")))
          .append(" | ").append(text(texts.purpose().apply(row.first())))
          .append(" | ").append(text(words.storageDuration(row.sample().kind())))
          .append(" |\n");
    }
  }

  private static void cookieTable(StringBuilder md, List<LedgerEntry> entries, Words words,
      Function<LedgerEntry, String> purpose, Function<LedgerEntry, String> function) {
    md.append("| ").append(words.get("column.provider"))
        .append(" | ").append(words.get("column.function"))
        .append(" | ").append(words.get("column.names"))
        .append(" | ").append(words.get("column.purposes"))
        .append(" | ").append(words.get("column.duration")).append(" |\n");
    md.append("|---|---|---|---|---|\n");
    for (PolicyRows.Row row : PolicyRows.of(entries)) {
      LedgerEntry first = row.first();
      md.append("| ").append(text(row.sample().provider()))
          .append(" | ").append(text(function.apply(first)))
          .append(" | ").append(row.names().stream().map(MarkdownWriter::code)
              .collect(Collectors.joining(", ")))
          .append(" | ").append(text(purpose.apply(first)))
          .append(" | ").append(text(words.duration(row.first().duration())))
          .append(" |\n");
    }
  }

  /** Text in a table cell: Markdown's specials backslash-escaped, line breaks as {@code <br>}. */
  static String text(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        escaped.append("<br>");
      } else if (c == '\n') {
        escaped.append("<br>");
      } else {
        if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** A name as a code span; a name holding backticks gets a longer fence, pipes stay in the cell. */
  static String code(String name) {
    int longest = 0;
    int run = 0;
    for (char c : name.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = longest > 0 ? " " : "";
    return fence + pad + name.replace("|", "\\|") + pad + fence;
  }
}
