package io.github.cookieledger.processor.write;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.StorageEntry;
import io.github.cookieledger.processor.store.CookiesJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cookie-policy.csv}: RFC 4180 (CRLF line ends, fields quoted where needed), a header row,
 * then one row per cookie in the order of {@code all()} with every attribute of {@code
 * cookies.json}, under the same names, and {@code type} {@code cookie}; then one row per web
 * storage entry (empty cells for the cookie attributes it does not have, its {@code type} last).
 *
 * <ul>
 *   <li>{@code null} ({@code maxAgeSeconds} of a session cookie, an empty {@code domain}) is an
 *       empty cell; booleans are {@code true}/{@code false}.
 *   <li>{@code declaredBy} joins the declaring elements with {@value #DECLARED_BY_SEPARATOR} (a
 *       Java element name never holds a semicolon; its parameter lists hold commas).
 *   <li>Against spreadsheet formula injection (OWASP, "CSV Injection"), a cell that starts with
 *       {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a single quote in
 *       front, so a spreadsheet shows it as text. A cell that already starts with a single quote
 *       gets one more, so stripping one leading quote from every cell that starts with one always
 *       gives the value back ({@link #restore}).
 * </ul>
 */
public final class CsvWriter {
  /** Joins the declaring elements in the {@code declaredBy} cell. */
  public static final String DECLARED_BY_SEPARATOR = "; ";

  /**
   * The header row: the keys of a cookie in {@code cookies.json}, in its order, then {@code type}
   * ({@code cookie}, or a web storage entry's {@code type} in {@code cookies.json}).
   */
  public static final List<String> HEADER = List.of("name", "pattern", "constant", "provider",
      "function", "purpose", "category", "party", "duration", "maxAgeSeconds", "domain", "path",
      "secure", "httpOnly", "sameSite", "partitioned", "anonymized", "consentRequired", "known",
      "declaredBy", "type");

  private static final String COOKIE_TYPE = "cookie";
  private static final String FORMULA_STARTS = "=+-@\t\r'";

  private CsvWriter() {}

  public static String write(Ledger ledger) {
    StringWriter out = new StringWriter();
    try (de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
        .lineDelimiter(LineDelimiter.CRLF)
        .build(out)) {
      csv.writeRecord(HEADER);
      for (LedgerEntry entry : ledger.cookies()) {
        csv.writeRecord(row(CookiesJson.cookie(entry), COOKIE_TYPE).stream()
            .map(CsvWriter::neutralize).toList());
      }
      for (StorageEntry entry : ledger.storage()) {
        JsonObject storage = CookiesJson.storage(entry);
        csv.writeRecord(row(storage, storage.get("type").getAsString()).stream()
            .map(CsvWriter::neutralize).toList());
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException("writing to a string failed", impossible);
    }
    return out.toString();
  }

  /**
   * An entry's cookies.json values under the header's keys: one place renders them. A key web
   * storage does not have (a cookie attribute) is an empty cell.
   */
  private static List<String> row(JsonObject entry, String type) {
    return HEADER.stream().map(key -> key.equals("type") ? type : cell(entry.get(key))).toList();
  }

  private static String cell(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return "";
    }
    if (value.isJsonArray()) {
      List<String> items = new ArrayList<>();
      value.getAsJsonArray().forEach(item -> items.add(item.getAsString()));
      return String.join(DECLARED_BY_SEPARATOR, items);
    }
    return value.getAsString();
  }

  /** A cell as written: a single quote in front when a spreadsheet could read it as a formula. */
  public static String neutralize(String cell) {
    return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** The value of a written cell: {@link #neutralize} undone. */
  public static String restore(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
