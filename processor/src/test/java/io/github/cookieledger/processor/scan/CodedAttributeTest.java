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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodedAttributeTest {
  private static final LedgerEntry DECLARED = LedgerEntry.of(new CookieAttributes("sid", "Us",
      "To test", Category.NECESSARY, "", Party.FIRST_PARTY, "P1D", ".example.org", "/app", true,
      false, SameSite.STRICT, false, false, "SID", ""), CookieDuration.parse("P1D"),
      LedgerEntry.Origin.LOCAL, List.of("app.Site"), List.of());

  @Test
  void buildersAndSettersNameTheSameAttributes() {
    assertEquals(Optional.of(CodedAttribute.HTTP_ONLY), CodedAttribute.forMethod("httpOnly"));
    assertEquals(Optional.of(CodedAttribute.HTTP_ONLY), CodedAttribute.forMethod("setHttpOnly"));
    assertEquals(Optional.of(CodedAttribute.MAX_AGE), CodedAttribute.forMethod("setMaxAge"));
    assertEquals(Optional.of(CodedAttribute.SAME_SITE), CodedAttribute.forMethod("sameSite"));
    assertTrue(CodedAttribute.forMethod("value").isEmpty());
    assertTrue(CodedAttribute.forMethod("build").isEmpty());
  }

  @Test
  void flagsContradictInEitherDirection() {
    assertTrue(CodedAttribute.SECURE.contradiction(DECLARED, false).isPresent());
    assertTrue(CodedAttribute.SECURE.contradiction(DECLARED, true).isEmpty());
    assertEquals(new CodedAttribute.Contradiction("httpOnly = false", "httpOnly true"),
        CodedAttribute.HTTP_ONLY.contradiction(DECLARED, true).orElseThrow());
  }

  @Test
  void pathsCompareExactlyAndDomainsAsHosts() {
    assertTrue(CodedAttribute.PATH.contradiction(DECLARED, "/app").isEmpty());
    assertTrue(CodedAttribute.PATH.contradiction(DECLARED, "/").isPresent());
    assertTrue(CodedAttribute.DOMAIN.contradiction(DECLARED, ".Example.ORG").isEmpty());
    assertTrue(CodedAttribute.DOMAIN.contradiction(DECLARED, "other.org").isPresent());
  }

  @Test
  void aMaximumAgeContradictsOnlyBeyondTheDeclaredDuration() {
    assertTrue(CodedAttribute.MAX_AGE.contradiction(DECLARED, 86_400L).isEmpty());
    assertTrue(CodedAttribute.MAX_AGE.contradiction(DECLARED, 0L).isEmpty());
    assertTrue(CodedAttribute.MAX_AGE.contradiction(DECLARED, -1L).isEmpty());
    assertEquals(new CodedAttribute.Contradiction("duration = \"P1D\" (86400 seconds)",
            "a maximum age of 86401 seconds"),
        CodedAttribute.MAX_AGE.contradiction(DECLARED, 86_401L).orElseThrow());
  }

  @Test
  void sameSiteComparesWithoutCase() {
    assertTrue(CodedAttribute.SAME_SITE.contradiction(DECLARED, "Strict").isEmpty());
    assertTrue(CodedAttribute.SAME_SITE.contradiction(DECLARED, "STRICT").isEmpty());
    assertTrue(CodedAttribute.SAME_SITE.contradiction(DECLARED, "None").isPresent());
  }

  @Test
  void valuesOfTheWrongKindAreIgnored() {
    assertTrue(CodedAttribute.SECURE.contradiction(DECLARED, "false").isEmpty());
    assertTrue(CodedAttribute.MAX_AGE.contradiction(DECLARED, "3600").isEmpty());
    assertTrue(CodedAttribute.PATH.contradiction(DECLARED, 1L).isEmpty());
  }
}
