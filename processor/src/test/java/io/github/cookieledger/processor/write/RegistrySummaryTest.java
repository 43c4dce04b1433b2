package io.github.cookieledger.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A constant's line of documentation shows the start of the purpose; the table holds it all. */
class RegistrySummaryTest {

  @Test
  void aShortPurposeIsShownWhole() {
    assertEquals("To remember the visitor's language",
        RegistryWriter.summary(" To remember the visitor's language "));
  }

  @Test
  void onlyTheFirstSentenceIsShown() {
    assertEquals("Keeps the session. Set at login.".substring(0, 18),
        RegistryWriter.summary("Keeps the session. Set at login."));
  }

  @Test
  void aLongSentenceIsCutAtASpace() {
    String purpose = "Anti-forgery cookie is a security mechanism to defend against cross-site"
        + " request forgery attacks";
    String summary = RegistryWriter.summary(purpose);
    assertEquals("Anti-forgery cookie is a security mechanism to defend...", summary);
    assertTrue(summary.length() <= RegistryWriter.SUMMARY + 3, summary);
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String purpose = "\ud83c\udf6a".repeat(RegistryWriter.SUMMARY + 5);
    String summary = RegistryWriter.summary(purpose);
    assertEquals("\ud83c\udf6a".repeat(RegistryWriter.SUMMARY) + "...", summary);
  }
}
