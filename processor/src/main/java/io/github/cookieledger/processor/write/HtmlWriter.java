package io.github.cookieledger.processor.write;

import io.github.cookieledger.Category;
import io.github.cookieledger.StorageKind;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.StorageEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * {@code cookie-policy.html} and {@code cookie-policy.fragment.html}: the Markdown's tables (plus
 * Party) as HTML. The page is a standalone HTML5 document with a small stylesheet that reads on a
 * phone, a desktop and paper; the fragment is only the tables with their headings, for embedding.
 *
 * <p>Every declared text goes through the OWASP encoder, so a purpose holding {@code <script>}
 * shows as text. No script, no external resource: the page works offline and under any CSP.
 */
public final class HtmlWriter {
  /** The class of the fragment's outer element, for the embedding page's stylesheet. */
  public static final String FRAGMENT_CLASS = "cookieledger-policy";

  private static final String STYLE = String.join("\n",
      "body { margin: 0; color: #1b1b1b; background: #fff;",
      "  font: 16px/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; }",
      "main { max-width: 75rem; margin: 0 auto; padding: 1rem; }",
      "h1 { font-size: 1.6rem; line-height: 1.25; overflow-wrap: anywhere; }",
      "h2 { font-size: 1.2rem; margin-top: 2rem; }",
      "table { width: 100%; border-collapse: collapse; }",
      "th, td { padding: .45rem .6rem; border: 1px solid #c8c8c8; text-align: left;",
      "  vertical-align: top; }",
      "th { background: #f0f0f0; }",
      "code { font-family: ui-monospace, Menlo, Consolas, monospace; overflow-wrap: break-word; }",
      ":target { background: #fff2a8; }",
      "@media screen and (max-width: 40rem) {",
      "  table, tbody, tr, td { display: block; }",
      "  thead { position: absolute; width: 1px; height: 1px; overflow: hidden;",
      "    clip: rect(0 0 0 0); }",
      "  tr { margin-bottom: 1rem; border: 1px solid #c8c8c8; }",
      "  td { border: 0; border-bottom: 1px solid #e4e4e4; }",
      "  td::before { content: attr(data-label); display: block; font-weight: 600; }",
      "}",
      "@media print {",
      "  body { font-size: 10pt; }",
      "  main { max-width: none; padding: 0; }",
      "  th { background: none; }",
      "  tr { break-inside: avoid; }",
      "  h2 { break-after: avoid; }",
      "  :target { background: none; }",
      "}");

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private HtmlWriter() {}

  /**
   * The standalone page around its {@link #fragment}: both documents are written from one
   * rendering of the tables.
   *
   * @param language the language of the declared texts, for {@code <html lang>}
   * @param words the built-in words (English when the language has none)
   * @param fragment the tables, as {@link #fragment} wrote them
   */
  public static String page(Ledger ledger, String language, Words words, String fragment) {
    String title = words.title(ledger.policy().site());
    String wordsLang = wordsLang(language, words);
    StringBuilder html = new StringBuilder(fragment.length() + STYLE.length() + 512);
    html.append("<!DOCTYPE html>\n")
        .append("<html lang=\"").append(Encode.forHtmlAttribute(htmlLang(language))).append("\">\n")
        .append("<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title").append(wordsLang).append(">").append(Encode.forHtmlContent(title))
        .append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n")
        .append("</head>\n")
        .append("<body>\n")
        .append("<main>\n")
        .append("<h1").append(wordsLang).append(">").append(Encode.forHtmlContent(title))
        .append("</h1>\n");
    html.append(fragment);
    html.append("</main>\n")
        .append("</body>\n")
        .append("</html>\n");
    return html.toString();
  }

  /**
   * Only the tables with their category headings, in one {@code div}, to embed in a page; web
   * storage follows each category's cookies in a table of its own.
   *
   * @param purpose the purpose to show for a cookie (the declared one, or a translation)
   * @param function the function to show for a cookie
   */
  public static String fragment(Ledger ledger, String language, Words words,
      Function<LedgerEntry, String> purpose, Function<LedgerEntry, String> function,
      StorageTexts storageTexts) {
    StringBuilder html = new StringBuilder();
    appendTables(html, ledger, wordsLang(language, words), words, purpose, function,
        storageTexts);
    return html.toString();
  }

  /**
   * The anchor of a web storage name: {@code storage-}, the storage's JavaScript name, {@code -}
   * and the name encoded as in {@link #anchor} ({@code storage-localStorage-ods_theme}).
   */
  public static String storageAnchor(StorageKind kind, String name) {
    return "storage-" + kind.jsName() + "-" + anchor(name).substring("cookie-".length());
  }

  /**
   * The anchor of a cookie name: {@code cookie-} and the name, with every character other than
   * ASCII letters, digits, {@code -}, {@code _} and {@code .} written as {@code ~} and the two hex
   * digits of each of its UTF-8 bytes ({@code _ga_*} → {@code cookie-_ga_~2A}). Never empty, never a space, and two names
   * never share an id, since {@code ~} itself is always encoded.
   */
  public static String anchor(String cookieName) {
    StringBuilder id = new StringBuilder("cookie-");
    for (byte b : cookieName.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.';
      if (plain) {
        id.append(c);
      } else {
        id.append('~').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return id.toString();
  }

  private static void appendTables(StringBuilder html, Ledger ledger, String wordsLang,
      Words words, Function<LedgerEntry, String> purpose, Function<LedgerEntry, String> function,
      StorageTexts storageTexts) {
    List<String> columns = List.of(words.get("column.provider"), words.get("column.function"),
        words.get("column.names"), words.get("column.purposes"), words.get("column.duration"),
        words.get("column.party"));
    html.append("<div class=\"").append(FRAGMENT_CLASS).append("\">\n");
    for (Category category : Category.values()) {
      List<LedgerEntry> entries = ledger.inCategory(category);
      List<StorageEntry> storage = ledger.storageInCategory(category);
      if (entries.isEmpty() && storage.isEmpty()) {
        continue;
      }
      String sectionId = "category-" + category.name().toLowerCase(Locale.ROOT);
      html.append("<section id=\"").append(sectionId).append("\">\n")
          .append("<h2").append(wordsLang).append(">")
          .append(Encode.forHtmlContent(words.category(category))).append("</h2>\n");
      if (!entries.isEmpty()) {
        cookieTable(html, entries, columns, wordsLang, words, purpose, function);
      }
      if (!storage.isEmpty()) {
        storageTable(html, storage, wordsLang, words, storageTexts);
      }
      html.append("</section>\n");
    }
    html.append("</div>\n");
  }

  private static void storageTable(StringBuilder html, List<StorageEntry> storage,
      String wordsLang, Words words, StorageTexts texts) {
    List<String> columns = List.of(words.get("column.type"), words.get("column.provider"),
        words.get("column.function"), words.get("column.storageNames"),
        words.get("column.purposes"), words.get("column.duration"), words.get("column.party"));
    html.append("<h3").append(wordsLang).append(">")
        .append(Encode.forHtmlContent(words.get("storage.heading"))).append("</h3>\n");
    List<String> labels = openTable(html, columns, wordsLang);
    for (StorageRows.Row row : StorageRows.of(storage)) {
      html.append("<tr>");
      cell(html, labels.get(0), wordsLang, text(words.storageType(row.sample().kind())));
      cell(html, labels.get(1), "", text(row.sample().provider()));
      cell(html, labels.get(2), "", text(texts.function().apply(row.first())));
      StringBuilder names = new StringBuilder();
      for (String name : row.names()) {
        if (names.length() > 0) {
          names.append(", ");
        }
        names.append("<code id=\"")
            .append(Encode.forHtmlAttribute(storageAnchor(row.sample().kind(), name)))
            .append("\">").append(Encode.forHtmlContent(name)).append("</code>");
      }
      cell(html, labels.get(3), "", names.toString());
      cell(html, labels.get(4), "", text(texts.purpose().apply(row.first())));
      cell(html, labels.get(5), wordsLang, text(words.storageDuration(row.sample().kind())));
      cell(html, labels.get(6), wordsLang, text(words.party(row.sample().party())));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void cookieTable(StringBuilder html, List<LedgerEntry> entries,
      List<String> columns, String wordsLang, Words words, Function<LedgerEntry, String> purpose,
      Function<LedgerEntry, String> function) {
    List<String> labels = openTable(html, columns, wordsLang);
    for (PolicyRows.Row row : PolicyRows.of(entries)) {
      LedgerEntry first = row.first();
      html.append("<tr>");
      cell(html, labels.get(0), "", text(row.sample().provider()));
      cell(html, labels.get(1), "", text(function.apply(first)));
      StringBuilder names = new StringBuilder();
      for (String name : row.names()) {
        if (names.length() > 0) {
          names.append(", ");
        }
        names.append("<code id=\"").append(Encode.forHtmlAttribute(anchor(name))).append("\">")
            .append(Encode.forHtmlContent(name)).append("</code>");
      }
      cell(html, labels.get(2), "", names.toString());
      cell(html, labels.get(3), "", text(purpose.apply(first)));
      cell(html, labels.get(4), wordsLang, text(words.duration(row.first().duration())));
      cell(html, labels.get(5), wordsLang, text(words.party(row.sample().party())));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /**
   * A table up to its body: the column headings.
   *
   * @return the column names as {@code data-label} values, encoded once a table, not once a cell
   */
  private static List<String> openTable(StringBuilder html, List<String> columns,
      String wordsLang) {
    html.append("<table>\n")
        .append("<thead").append(wordsLang).append(">\n<tr>");
    List<String> labels = new ArrayList<>(columns.size());
    for (String column : columns) {
      html.append("<th scope=\"col\">").append(Encode.forHtmlContent(column)).append("</th>");
      labels.add(Encode.forHtmlAttribute(column));
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    return labels;
  }

  /**
   * One cell; its column name rides along for the stacked layout on narrow screens.
   *
   * @param label the column name, encoded for an attribute ({@link #openTable})
   */
  private static void cell(StringBuilder html, String label, String lang, String content) {
    html.append("<td data-label=\"").append(label).append('"')
        .append(lang).append(">").append(content).append("</td>");
  }

  /** Text escaped for element content; its line breaks kept as {@code <br>}. */
  static String text(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return Encode.forHtmlContent(text); // most texts are one line
    }
    String[] lines = LINE_BREAK.split(text, -1);
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        escaped.append("<br>");
      }
      escaped.append(Encode.forHtmlContent(lines[i]));
    }
    return escaped.toString();
  }

  /** {@code pt_BR} → {@code pt-BR}: HTML wants BCP 47 hyphens. */
  static String htmlLang(String language) {
    return language.replace('_', '-');
  }

  /**
   * A {@code lang} attribute for elements holding built-in words when those are not in the
   * document's language (a language without built-in words falls back to English).
   */
  private static String wordsLang(String language, Words words) {
    String primary = htmlLang(language).toLowerCase(Locale.ROOT).split("-")[0];
    return primary.equals(words.language()) ? ""
        : " lang=\"" + Encode.forHtmlAttribute(words.language()) + "\"";
  }
}
