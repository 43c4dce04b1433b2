package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Web storage definitions, their patterns, and consent to them (Consent Mode included). */
class StorageDefinitionTest {
  private static StorageDefinition storage(String name, Category category, boolean anonymized) {
    return StorageDefinition.builder(name, StorageKind.LOCAL_STORAGE).provider("Shop")
        .purpose("To test").category(category).anonymized(anonymized).build();
  }

  @Test
  void consentFollowsTheCookiesRule() {
    StorageDefinition necessary = storage("cart", Category.NECESSARY, false);
    StorageDefinition statistics = storage("_hj*", Category.STATISTICS, false);
    StorageDefinition anonymous = storage("queue", Category.STATISTICS, true);
    assertTrue(Consent.necessaryOnly().allows(necessary));
    assertFalse(Consent.necessaryOnly().allows(statistics));
    assertTrue(Consent.necessaryOnly().allows(anonymous));
    assertTrue(Consent.of(Category.STATISTICS).allows(statistics));
    assertFalse(Consent.of(Category.MARKETING).allows(statistics));
  }

  @Test
  void googleConsentModeMapsEveryTypeToItsCategory() {
    assertEquals(Map.of("ad_storage", "denied", "ad_user_data", "denied",
        "ad_personalization", "denied", "analytics_storage", "granted",
        "functionality_storage", "denied", "personalization_storage", "denied",
        "security_storage", "granted"), Consent.of(Category.STATISTICS).googleConsentMode());
    assertEquals(List.of("ad_storage", "ad_user_data", "ad_personalization", "analytics_storage",
        "functionality_storage", "personalization_storage", "security_storage"),
        List.copyOf(Consent.all().googleConsentMode().keySet()));
    assertTrue(Consent.all().googleConsentMode().values().stream().allMatch("granted"::equals));
    Map<String, String> none = Consent.necessaryOnly().googleConsentMode();
    assertEquals("granted", none.get("security_storage"));
    assertEquals(6, none.values().stream().filter("denied"::equals).count());
    assertEquals("denied", Consent.of(Category.FUNCTIONAL).googleConsentMode().get("ad_storage"));
    assertEquals("granted",
        Consent.of(Category.FUNCTIONAL).googleConsentMode().get("personalization_storage"));
  }

  @Test
  void patternsMatchOneOrMoreCharactersOfAnyKind() {
    StorageDefinition hotjar = storage("_hjSession_*", Category.STATISTICS, false);
    assertTrue(hotjar.isPattern());
    assertTrue(hotjar.matches("_hjSession_123"));
    assertTrue(hotjar.matches("_hjSession_a:b/c d"));
    assertFalse(hotjar.matches("_hjSession_"));
    assertFalse(hotjar.matches("x_hjSession_1"));
    assertTrue(StorageNames.matches("ad.*.seen", "ad.42.seen"));
    assertTrue(StorageNames.matches("ad.*.seen", "ad.1.seen.2.seen"));
    assertFalse(StorageNames.matches("ad.*.seen", "ad..seen"));
    assertTrue(StorageNames.matches("a*b*c", "aXbYc"));
    assertFalse(StorageNames.matches("a*b*c", "abc"));
    assertTrue(storage("cart", Category.NECESSARY, false).matches("cart"));
    assertFalse(storage("cart", Category.NECESSARY, false).matches("cart2"));
  }

  /** The matcher against a regular expression built the same way, on random names and keys. */
  @Test
  void matchingAgreesWithARegularExpressionOnRandomInput() {
    Random random = new Random(13);
    String alphabet = "ab*";
    for (int round = 0; round < 20_000; round++) {
      String name = randomText(random, alphabet, 1 + random.nextInt(6));
      if (StorageNames.problem(name).isPresent()) {
        continue;
      }
      String key = randomText(random, "ab", random.nextInt(8));
      StringBuilder regex = new StringBuilder();
      for (char c : name.toCharArray()) {
        regex.append(c == '*' ? "[\\s\\S]+" : Pattern.quote(String.valueOf(c)));
      }
      assertEquals(Pattern.matches(regex.toString(), key), StorageNames.matches(name, key),
          name + " against " + key);
    }
  }

  @Test
  void invalidNamesAreRefused() {
    assertTrue(StorageNames.problem("").isPresent());
    assertTrue(StorageNames.problem("*").isPresent());
    assertTrue(StorageNames.problem("a**").isPresent());
    assertTrue(StorageNames.problem("a\u2028b").isPresent());
    assertFalse(StorageNames.problem("firebase:authUser:KEY:[DEFAULT]").isPresent());
    assertThrows(IllegalArgumentException.class,
        () -> StorageDefinition.builder("a\nb", StorageKind.SESSION_STORAGE));
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
