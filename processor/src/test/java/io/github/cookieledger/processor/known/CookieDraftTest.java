package io.github.cookieledger.processor.known;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cookieledger.Category;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Draft declarations from the database, for undeclared cookies the scan finds. */
class CookieDraftTest {
  private static final KnownCookies DATABASE = KnownCookies.builtIn().cookies();

  @Test
  void aKnownNameGetsTheDatabasesProviderPurposeCategoryAndDuration() {
    assertEquals(new CookieDraft("Google Analytics", "ID used to identify users",
        Category.STATISTICS, "P400D", false), CookieDraft.of(DATABASE, "_ga").orElseThrow());
  }

  @Test
  void aNameADatabasePrefixCoversGetsThatRowsDraft() {
    assertEquals("Hotjar", CookieDraft.of(DATABASE, "_hjSessionUser_123").orElseThrow().provider());
  }

  @Test
  void aThirdPartyMarketingRow() {
    CookieDraft fbp = CookieDraft.of(DATABASE, "_fbp").orElseThrow();
    assertEquals(Category.MARKETING, fbp.category());
    assertEquals(true, fbp.thirdParty());
    assertEquals("P4M", fbp.duration());
  }

  @Test
  void noDraftForAPlatformsOwnSiteCookieNorForANameOfSeveralPlatforms() {
    assertEquals(Optional.empty(), CookieDraft.of(DATABASE, "sessionid"));
    assertEquals(Optional.empty(), CookieDraft.of(DATABASE, "euconsent-v2"));
  }

  @Test
  void aSessionCookieAndAnUnknownName() {
    assertEquals("session", CookieDraft.of(DATABASE, "__cf_bm").orElseThrow().duration());
    assertEquals(Optional.empty(), CookieDraft.of(DATABASE, "visit_count"));
  }
}
