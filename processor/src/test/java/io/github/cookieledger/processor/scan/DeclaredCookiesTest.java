package io.github.cookieledger.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.LedgerEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredCookiesTest {
  static LedgerEntry entry(String name) {
    return LedgerEntry.of(new CookieAttributes(name, "Us", "To test", Category.NECESSARY, "",
        Party.FIRST_PARTY, "session", "", "/", true, true, SameSite.LAX, false, false, "C", ""),
        CookieDuration.session(), LedgerEntry.Origin.LOCAL, List.of("app.Site"), List.of());
  }

  private final DeclaredCookies declared = DeclaredCookies.of(List.of(
      entry("sid"), entry("_ga_*"), entry("_ga_*_x"), entry("_pk_id.*.*"), entry("a*"),
      entry("b*")));

  @Test
  void anExactDeclarationWinsOverPatterns() {
    assertEquals("sid", declared.covering("sid").orElseThrow().name());
  }

  @Test
  void theMostSpecificPatternCovers() {
    assertEquals("_ga_*_x", declared.covering("_ga_ABC_x").orElseThrow().name());
    assertEquals("_ga_*", declared.covering("_ga_ABC").orElseThrow().name());
    assertEquals("_pk_id.*.*", declared.covering("_pk_id.1.abc").orElseThrow().name());
  }

  @Test
  void aWildcardNeedsAtLeastOneCharacter() {
    assertTrue(declared.covering("_ga_").isEmpty());
    assertTrue(declared.covering("sid2").isEmpty());
  }

  @Test
  void nothingIsDeclaredWithoutALedger() {
    assertTrue(DeclaredCookies.none().covering("sid").isEmpty());
  }
}
