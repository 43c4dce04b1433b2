package io.github.cookieledger.processor.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.testing.Expect;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the shipped database and users' files: the data's quirks and bad input. */
class KnownCookieCsvTest {
  private static final String HEADER = "ID,Platform,Category,Cookie / Data Key name,Domain,"
      + "Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,"
      + "Wildcard match\n";
  private static final KnownCookies.Loaded SHIPPED = KnownCookies.builtIn();

  @Test
  void theShippedDatabaseLoadsEveryRow() {
    assertEquals(List.of(), KnownCookies.shippedCsv().warnings());
    assertEquals(RetentionTest.databaseRetentions().size(), SHIPPED.cookies().all().size());
    assertTrue(SHIPPED.cookies().all().size() > 2000);
  }

  @Test
  void aTrailingTabAndASoftHyphenAreNotPartOfTheName() {
    assertEquals("Crazy Egg", only("ce_need_secure_cookie").platform());
    assertEquals("Loggly", only("logglytrackingsession").platform());
  }

  @Test
  void placeholdersAndWildcardRowsArePatterns() {
    assertEquals("Indeed", only("pagead/conv/123").platform()); // %INTEGER%
    assertEquals("Adkernel", only("SSPR_42").platform()); // '*' in a row flagged 0
    KnownCookie ga = only("_ga_ABC123"); // the prefix row "_ga_"
    assertEquals("_ga_*", ga.pattern());
    assertEquals("Google Analytics", ga.platform());
    assertEquals(List.of(), SHIPPED.cookies().describing("_ga_")); // a prefix needs more
  }

  @Test
  void aNameSeveralPlatformsUseKeepsEveryRow() {
    List<KnownCookie> token = SHIPPED.cookies().describing("token");
    assertEquals(List.of("Adform", "Xandr"), token.stream().map(KnownCookie::platform).toList());
    assertEquals(List.of("Marketing", "Functional"),
        token.stream().map(KnownCookie::category).toList());
  }

  @Test
  void anExactRowWinsOverAPrefixAndTheLongestPrefixOverShorterOnes() {
    assertEquals("_ga", only("_ga").name());
    assertEquals(1, SHIPPED.cookies().candidates("_ga").size());
  }

  @Test
  void aDeclaredPatternFindsTheRowsItCovers() {
    List<List<KnownCookie>> groups = SHIPPED.cookies().candidates("_hjSession*");
    List<String> names = groups.stream().map(group -> group.get(0).pattern()).toList();
    assertTrue(names.contains("_hjSessionUser_*"), names::toString);
    assertTrue(names.contains("_hjSessionRejected"), names::toString);
  }

  @Test
  void aUserRowReplacesTheRowsOfItsNameAndOthersAreAdded() throws Exception {
    KnownCookieCsv.Rows rows = read(HEADER
        + ",Our analytics,Functional,_ga,,Our own proxy,1 day,Us,,0\n"
        + ",Acme,Marketing,acme_id,,Acme's visitor id,2 years,Acme,,0\n");
    KnownCookies merged = SHIPPED.cookies().with(rows.cookies());
    assertEquals(List.of("Our analytics"),
        merged.describing("_ga").stream().map(KnownCookie::platform).toList());
    assertEquals("Acme", merged.describing("acme_id").get(0).platform());
    assertEquals("Google Analytics", merged.describing("_ga_X").get(0).platform());
    assertEquals("user.csv, line 3", merged.describing("acme_id").get(0).source());
  }

  @Test
  void columnsAreFoundByName() throws Exception {
    KnownCookieCsv.Rows rows = read("Wildcard match,Cookie / Data Key name,Category,Platform,"
        + "Retention period\n1,acme_,Marketing,Acme,1 year\n");
    assertEquals("acme_*", rows.cookies().get(0).pattern());
  }

  @Test
  void anUnusableRowIsAWarningNamingItsLine() throws Exception {
    KnownCookieCsv.Rows rows = read(HEADER
        + ",Acme,Marketing,,,no name,1 year,Acme,,0\n"
        + ",Acme,Tracking,acme_a,,bad category,1 year,Acme,,0\n"
        + ",Acme,Marketing,acme_b,,bad flag,1 year,Acme,,yes\n"
        + ",Acme,Marketing,acme_c\n"
        + ",Acme,Marketing,acme_d,,fine,1 year,Acme,,0\n");
    assertEquals(List.of("acme_d"), rows.cookies().stream().map(KnownCookie::name).toList());
    List<String> warnings = rows.warnings().stream().map(Problem::message).toList();
    assertEquals(4, warnings.size());
    assertTrue(Expect.is(warnings.get(0), Message.KNOWN_ROW_NO_NAME, "user.csv", 2), warnings::toString);
    assertTrue(Expect.is(warnings.get(1), Message.KNOWN_ROW_CATEGORY, "user.csv", 3, "acme_a",
        "Tracking"), warnings::toString);
    assertTrue(Expect.is(warnings.get(2), Message.KNOWN_ROW_WILDCARD, "user.csv", 4, "acme_b",
        "yes"), warnings::toString);
    assertTrue(Expect.is(warnings.get(3), Message.KNOWN_ROW_FIELDS, "user.csv", 5, 4, 10),
        warnings::toString);
  }

  @Test
  void aHeaderWithoutTheColumnsIsUnreadable() {
    KnownCookieCsv.Unreadable e = assertThrows(KnownCookieCsv.Unreadable.class,
        () -> read("name,category\n_ga,Analytics\n"));
    assertTrue(Expect.is(e.getMessage(), Message.KNOWN_FILE_HEADER, "user.csv", 1, "Platform,"
        + " Category, Cookie / Data Key name, Retention period, Wildcard match"), e.getMessage());
  }

  @Test
  void anUnclosedQuoteIsUnreadableNamingTheLine() {
    KnownCookieCsv.Unreadable e = assertThrows(KnownCookieCsv.Unreadable.class,
        () -> read(HEADER + ",Acme,Marketing,acme,,fine,1 year,Acme,,0\n"
            + ",Acme,Marketing,acme2,,\"never closed,1 year,Acme,,0\n"));
    assertTrue(Expect.is(e.getMessage(), Message.KNOWN_FILE_BROKEN, "user.csv", 2), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreUnreadable() {
    byte[] latin1 = (HEADER + ",Caf\u00e9,Marketing,x,,d,1 year,A,,0\n")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    KnownCookieCsv.Unreadable e = assertThrows(KnownCookieCsv.Unreadable.class,
        () -> KnownCookieCsv.read(KnownCookies.utf8(new ByteArrayInputStream(latin1)), "user.csv"));
    assertTrue(Expect.is(e.getMessage(), Message.KNOWN_FILE_BROKEN, "user.csv"), e.getMessage());
  }

  @Test
  void anEmptyFileIsUnreadable() {
    assertThrows(KnownCookieCsv.Unreadable.class, () -> read(""));
  }

  private static KnownCookie only(String name) {
    List<KnownCookie> rows = SHIPPED.cookies().describing(name);
    assertEquals(1, rows.size(), () -> name + ": " + rows);
    return rows.get(0);
  }

  private static KnownCookieCsv.Rows read(String csv) throws KnownCookieCsv.Unreadable {
    return KnownCookieCsv.read(new StringReader(csv), "user.csv");
  }
}
