package io.github.cookieledger.processor.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped index is the CSV's usable rows, and answers every question exactly as the CSV's
 * rows held in memory do: the [cookie-known] check and the drafts cannot tell them apart.
 */
class KnownCookieIndexTest {
  private static final List<KnownCookie> CSV_ROWS = KnownCookies.shippedCsv().cookies();
  private static final KnownCookies FROM_CSV = KnownCookies.of(CSV_ROWS);

  /** Opened per test: the test that regenerates the index runs whatever the committed one holds. */
  private static KnownCookies indexed() {
    return KnownCookies.builtIn().cookies();
  }

  @Test
  void theCommittedIndexIsGeneratedFromTheCommittedCsv() throws IOException {
    String expected = KnownCookieIndex.write(CSV_ROWS);
    Path committed = Path.of("src/main/resources", KnownCookieIndex.RESOURCE);
    if (Boolean.getBoolean("cookieledger.updateGolden")) {
      Files.writeString(committed, expected, StandardCharsets.UTF_8);
      return;
    }
    if (!expected.equals(Files.readString(committed, StandardCharsets.UTF_8))) {
      fail(committed + " is not generated from open-cookie-database.csv: run"
          + " processor/refresh-cookie-database.sh, or this test with"
          + " -Dcookieledger.updateGolden=true");
    }
  }

  @Test
  void theIndexHoldsEveryUsableRowOfTheCsv() {
    assertEquals(new TreeSet<>(CSV_ROWS.stream().map(KnownCookie::toString).toList()),
        new TreeSet<>(indexed().all().stream().map(KnownCookie::toString).toList()));
    assertEquals(CSV_ROWS.size(), indexed().all().size());
  }

  @Test
  void everyNameAndPatternOfTheDatabaseGetsTheSameRows() {
    KnownCookies indexed = indexed();
    for (String name : questions(new Random(11))) {
      assertEquals(FROM_CSV.candidates(name), indexed.candidates(name), name);
      if (!name.contains("*")) {
        assertEquals(FROM_CSV.describing(name), indexed.describing(name), name);
        assertEquals(CookieDraft.of(FROM_CSV, name), CookieDraft.of(indexed, name), name);
      }
    }
  }

  @Test
  void aUsersRowsReplaceAndAddAsOnTheCsvsRows() {
    KnownCookie ga = new KnownCookie("_ga", "_ga", "Own", "Functional", "", "mine",
        Retention.parse("1 day"), "", "own.csv, line 2");
    KnownCookie prefix = new KnownCookie("_hjSession", "_hjSession*", "Own", "Analytics", "",
        "mine", Retention.parse("1 day"), "", "own.csv, line 3");
    KnownCookie added = new KnownCookie("zz_own", "zz_own", "Own", "Necessary", "", "mine",
        Retention.parse("Session"), "", "own.csv, line 4");
    List<KnownCookie> own = List.of(ga, prefix, added);
    KnownCookies fromCsv = FROM_CSV.with(own);
    KnownCookies indexed = indexed().with(own);
    for (String name : List.of("_ga", "_ga_X1", "_hjSession*", "_hjSessionUser_1", "_hj*", "zz_own",
        "zz*", "_*", "token")) {
      assertEquals(fromCsv.candidates(name), indexed.candidates(name), name);
    }
    assertEquals(fromCsv.all().size(), indexed.all().size());
  }

  /** Every name and pattern of the database, their prefixes and seeded variations. */
  private static List<String> questions(Random random) {
    List<String> names = new ArrayList<>();
    for (KnownCookie row : CSV_ROWS) {
      String pattern = row.pattern();
      names.add(pattern);
      String concrete = pattern.replace("*", "x1");
      names.add(concrete);
      names.add(concrete + "_" + random.nextInt(100));
      if (concrete.length() > 2) {
        String prefix = concrete.substring(0, 1 + random.nextInt(concrete.length() - 1));
        names.add(prefix);
        names.add(prefix + "*");
      }
    }
    names.add("*");
    names.add("no-such-cookie");
    return names;
  }
}
