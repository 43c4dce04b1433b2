package io.github.cookieledger.processor.write;

import static io.github.cookieledger.processor.write.DocumentFixture.assertNoErrors;
import static io.github.cookieledger.processor.write.DocumentFixture.compile;
import static io.github.cookieledger.processor.write.DocumentFixture.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.testing.compile.Compilation;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV read back as a spreadsheet or a script would, and held against cookies.json. */
class CsvWriterTest {
  private static String csv;
  private static JsonArray cookies;

  @BeforeAll
  static void compileFixture() {
    Compilation compilation = compile();
    assertNoErrors(compilation);
    csv = require(compilation, "cookie-policy.csv");
    cookies = JsonParser.parseString(require(compilation, "cookies.json")).getAsJsonObject()
        .getAsJsonArray("cookies");
  }

  private static List<List<String>> records() {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      reader.forEach(record -> records.add(record.getFields()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return records;
  }

  @Test
  void rfc4180WithCrlfLineEndsAndAHeaderRow() {
    assertTrue(csv.endsWith("\r\n"));
    // one CRLF per record: line breaks inside a declared text stay inside quotes, as bare LF
    assertEquals(cookies.size() + 1, csv.split("\r\n", -1).length - 1);
    assertEquals(CsvWriter.HEADER, records().get(0));
    assertEquals(cookies.size() + 1, records().size());
    assertTrue(csv.contains("\"Tracking | ads\nsecond line\""), "a line break is quoted");
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\") <script>"),
        "quotes are doubled inside a quoted field");
  }

  /** The last column tells cookies from web storage; cookies.json keeps them in two arrays. */
  @Test
  void theHeaderNamesEveryAttributeOfCookiesJsonAndTheType() {
    assertEquals("type", CsvWriter.HEADER.get(CsvWriter.HEADER.size() - 1));
  }

  @Test
  void theHeaderNamesEveryAttributeOfCookiesJson() {
    for (JsonElement cookie : cookies) {
      assertEquals(cookie.getAsJsonObject().keySet().stream().sorted().toList(),
          CsvWriter.HEADER.stream().filter(key -> !key.equals("type")).sorted().toList());
    }
  }

  @Test
  void everyFieldEqualsCookiesJsonOnceTheNeutralisationIsUndone() {
    List<List<String>> records = records();
    List<String> header = records.get(0);
    for (int i = 0; i < cookies.size(); i++) {
      JsonObject cookie = cookies.get(i).getAsJsonObject();
      List<String> row = records.get(i + 1);
      assertEquals(header.size(), row.size());
      for (int field = 0; field < header.size(); field++) {
        String key = header.get(field);
        String expected = key.equals("type") ? "cookie" : asCell(cookie.get(key));
        assertEquals(expected, CsvWriter.restore(row.get(field)),
            cookie.get("name").getAsString() + "." + key);
      }
    }
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasStartWithAQuote() {
    Map<String, List<String>> byName = records().stream().skip(1)
        .collect(Collectors.toMap(row -> CsvWriter.restore(row.get(0)), row -> row));
    List<String> ads = byName.get("x&y|z");
    assertTrue(ads.get(5).startsWith("'=HYPERLINK("), ads.get(5));
    List<String> promo = byName.get("-promo");
    assertEquals("'-promo", promo.get(0));
    assertEquals("'+Partner", promo.get(3));
    assertEquals("'\tTabbed", promo.get(4));
    assertEquals("'@mention: shows 'offers' | once", promo.get(5));
    // no cell of the file starts with a formula character
    for (List<String> row : records()) {
      for (String cell : row) {
        assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
      }
    }
  }

  @Test
  void neutralisationIsReversibleForEveryStart() {
    for (String cell : List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted", "''",
        "plain", "", "a=b")) {
      assertEquals(cell, CsvWriter.restore(CsvWriter.neutralize(cell)), cell);
    }
    assertEquals("'\r=cmd", CsvWriter.neutralize("\r=cmd"));
    assertEquals("a=b", CsvWriter.neutralize("a=b"));
  }

  @Test
  void declaringElementsAreJoinedWithASemicolon() {
    List<String> sessionid = records().stream().filter(row -> row.get(0).equals("sessionid"))
        .findFirst().orElseThrow();
    assertEquals("org.example.portal.AuthController#login(java.lang.String); "
        + "org.example.portal.LogoutController#<init>(java.lang.String[],int)",
        sessionid.get(CsvWriter.HEADER.indexOf("declaredBy")));
  }

  /** A cookies.json value as the CSV writes it. */
  private static String asCell(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return "";
    }
    if (value.isJsonArray()) {
      List<String> items = new ArrayList<>();
      value.getAsJsonArray().forEach(item -> items.add(item.getAsString()));
      return String.join(CsvWriter.DECLARED_BY_SEPARATOR, items);
    }
    return value.getAsString();
  }
}
