package io.github.cookieledger.processor.known;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention parser over every distinct spelling of the shipped database: a table
 * ({@code known/retention-spellings.tsv}) says what each text means; a refreshed database with a
 * new spelling fails here with the lines to review and add.
 */
class RetentionTest {
  private static final String TABLE = "/known/retention-spellings.tsv";

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @MethodSource("table")
  void readsEverySpellingAsTheTableSays(String text, String expected) {
    assertEquals(expected, show(Retention.parse(text)));
  }

  static Stream<Arguments> table() {
    return spellingTable().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theTableHoldsExactlyTheDatabaseSpellings() {
    Set<String> database = databaseSpellings();
    Set<String> missing = new TreeSet<>(database);
    missing.removeAll(spellingTable().keySet());
    Set<String> gone = new TreeSet<>(spellingTable().keySet());
    gone.removeAll(database);
    assertEquals("", missing.stream().map(text -> text + "\t" + show(Retention.parse(text)) + "\n")
        .collect(Collectors.joining()), () -> "spellings of the database missing from " + TABLE
        + ": check what the parser reads (shown) and add these lines");
    assertEquals(Set.of(), gone, "spellings in " + TABLE + " the database no longer has");
  }

  @Test
  void theBrowserLimitCapsWhatTheDatabaseSays() {
    Retention twoYears = Retention.parse("2 years");
    assertEquals(730L * 86_400, twoYears.seconds());
    assertEquals(400L * 86_400, twoYears.browserSeconds());
    assertEquals("P400D", twoYears.declarable());
    assertEquals("2 years (browsers keep a cookie at most 400 days)", twoYears.describe());
    assertEquals("P400D", Retention.parse("forever").declarable());
    assertEquals("P1Y", Retention.parse("365 days").declarable());
    assertEquals("P13M", Retention.parse("13 months").declarable());
    assertEquals("PT30M", Retention.parse("30 mins").declarable());
    assertEquals("session", Retention.parse("End of session (browser)").declarable());
    assertEquals("", Retention.parse("Varies").declarable());
  }

  /** What a parse means, as the table writes it. */
  static String show(Retention retention) {
    return switch (retention.kind()) {
      case SESSION -> "session";
      case UNLIMITED -> "unlimited";
      case UNKNOWN -> "unknown";
      case DURATION -> iso(retention.seconds());
    };
  }

  private static String iso(long seconds) {
    if (seconds % 86_400 == 0) {
      return "P" + seconds / 86_400 + "D";
    }
    if (seconds % 3_600 == 0) {
      return "PT" + seconds / 3_600 + "H";
    }
    return seconds % 60 == 0 ? "PT" + seconds / 60 + "M" : "PT" + seconds + "S";
  }

  private static Map<String, String> spellingTable() {
    Map<String, String> table = new TreeMap<>();
    try (InputStream in = RetentionTest.class.getResourceAsStream(TABLE)) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#"))
          .forEach(line -> {
            int tab = line.lastIndexOf('\t');
            table.put(line.substring(0, tab), line.substring(tab + 1));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /** Every distinct "Retention period" of the shipped CSV, read without the code under test. */
  static Set<String> databaseSpellings() {
    return new TreeSet<>(databaseRetentions());
  }

  /** The "Retention period" of every data row of the shipped CSV, in file order. */
  static List<String> databaseRetentions() {
    List<String> spellings = new ArrayList<>();
    try (InputStream in = RetentionTest.class.getClassLoader()
            .getResourceAsStream(KnownCookies.RESOURCE);
        CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in, StandardCharsets.UTF_8)) {
      int column = -1;
      for (CsvRecord record : csv) {
        if (column < 0) {
          column = record.getFields().indexOf("Retention period");
        } else {
          spellings.add(record.getField(column));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spellings;
  }
}
