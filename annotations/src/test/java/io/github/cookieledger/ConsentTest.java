package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentTest {
  private static final String REVISION = "3f9a1c2e";
  private static final Category[] OPTIONAL = {
    Category.FUNCTIONAL, Category.STATISTICS, Category.MARKETING
  };

  /** Every choice a visitor can make: the 8 subsets of the optional categories. */
  static Stream<Consent> everyChoice() {
    List<Consent> choices = new ArrayList<>();
    for (int mask = 0; mask < 1 << OPTIONAL.length; mask++) {
      choices.add(Consent.of(subset(mask)));
    }
    return choices.stream();
  }

  private static Category[] subset(int mask) {
    List<Category> chosen = new ArrayList<>();
    for (int i = 0; i < OPTIONAL.length; i++) {
      if ((mask & 1 << i) != 0) {
        chosen.add(OPTIONAL[i]);
      }
    }
    return chosen.toArray(new Category[0]);
  }

  /** The only values {@code read} may accept under {@link #REVISION}, and what they mean. */
  private static Map<String, Consent> validValues() {
    Map<String, Consent> valid = new LinkedHashMap<>();
    everyChoice().forEach(consent -> valid.put(consent.format(REVISION), consent));
    return valid;
  }

  // ---------------------------------------------------------------- format and parse

  @ParameterizedTest
  @MethodSource("everyChoice")
  void formatThenParseGivesTheSameChoice(Consent consent) {
    String stored = consent.format(REVISION);

    assertEquals(consent, Consent.parse(stored, REVISION));
    assertEquals(Optional.of(consent), Consent.read(stored, REVISION));
  }

  @ParameterizedTest
  @MethodSource("everyChoice")
  void formatIsAValidCookieValue(Consent consent) {
    String stored = consent.format(REVISION);

    for (char forbidden : new char[] {',', ' ', '"', ';', '\\', '='}) {
      assertTrue(stored.indexOf(forbidden) < 0, stored);
    }
    CookieDefinition preferences =
        CookieDefinition.builder("cookies_preferences")
            .provider("Opendatasoft")
            .purpose("To remember the visitor's cookie choice")
            .category(Category.NECESSARY)
            .duration("P13M")
            .build();
    assertTrue(
        preferences.setCookieHeader(stored).startsWith("cookies_preferences=" + stored + "; "));
  }

  @Test
  void formatReadsAsVersionRevisionAndLetters() {
    assertEquals("1.3f9a1c2e.FSM", Consent.all().format(REVISION));
    assertEquals("1.3f9a1c2e.", Consent.necessaryOnly().format(REVISION));
    assertEquals("1.3f9a1c2e.SM", Consent.of(Category.MARKETING, Category.STATISTICS)
        .format(REVISION));
    assertEquals("1.3f9a1c2e.F", Consent.of(Category.FUNCTIONAL).format(REVISION));
  }

  @Test
  void eachChoiceHasItsOwnValue() {
    assertEquals(8, validValues().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "3f9a.1c2e", "3f9a 1c2e", "r\u00e9v", "abc;", "a,b", "a\"b"})
  void formatRefusesARevisionThatIsNotLettersAndDigits(String revision) {
    assertThrows(IllegalArgumentException.class, () -> Consent.all().format(revision));
  }

  @Test
  void formatRefusesANullRevision() {
    assertThrows(NullPointerException.class, () -> Consent.all().format(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "garbage", "1", "1.", "1.3f9a1c2e", "1.3f9a1c2eF", // missing separators
        "1.00000000.FSM", "1.3f9a1c2f.FSM", "1.3F9A1C2E.FSM", // another revision
        "2.3f9a1c2e.FSM", "0.3f9a1c2e.", "01.3f9a1c2e.F", "v1.3f9a1c2e.F", // another version
        "1.3f9a1c2e.FF", "1.3f9a1c2e.FSS", "1.3f9a1c2e.MF", "1.3f9a1c2e.SF", // dupes, order
        "1.3f9a1c2e.MSF", "1.3f9a1c2e.N", "1.3f9a1c2e.f", "1.3f9a1c2e.X", "1.3f9a1c2e.F.",
        "1.3f9a1c2e.F ", " 1.3f9a1c2e.F", "1.3f9a1c2e..F", "1.3f9a1c2e.F,S", "\"1.3f9a1c2e.F\"",
        "1.3f9a1c2e.\u0000", "1.3f9a1c2e.FSM\n",
      })
  void parseGivesNecessaryOnlyForAnythingElse(String stored) {
    assertSame(Consent.necessaryOnly(), Consent.parse(stored, REVISION));
    assertEquals(Optional.empty(), Consent.read(stored, REVISION));
  }

  @Test
  void parseOfNullGivesNecessaryOnly() {
    assertEquals(Consent.necessaryOnly(), Consent.parse(null, REVISION));
    assertEquals(Optional.empty(), Consent.read(null, REVISION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "3f9a.1c2e", "a.b.c"})
  void parseWithAnUnusableRevisionGivesNecessaryOnly(String revision) {
    String stored = "1." + revision + ".FSM";

    assertEquals(Consent.necessaryOnly(), Consent.parse(stored, revision));
    assertEquals(Consent.necessaryOnly(), Consent.parse(stored, null));
  }

  @Test
  void aChoiceMadeUnderAnotherRevisionIsForgotten() {
    String stored = Consent.all().format("00c0ffee");

    assertEquals(Consent.all(), Consent.parse(stored, "00c0ffee"));
    assertEquals(Consent.necessaryOnly(), Consent.parse(stored, REVISION));
  }

  @Test
  void readTellsNoChoiceFromNecessaryOnly() {
    String declinedAll = Consent.necessaryOnly().format(REVISION);

    assertEquals(Optional.of(Consent.necessaryOnly()), Consent.read(declinedAll, REVISION));
    assertEquals(Optional.empty(), Consent.read(null, REVISION));
    assertEquals(Optional.empty(), Consent.read("", REVISION));
    assertEquals(Optional.empty(), Consent.read("garbage", REVISION));
  }

  // ---------------------------------------------------------------- parse property test

  /**
   * 5,000 seeded strings: random text over an alphabet close to the format's, random text over
   * anything, and one to three random edits of a valid value.
   */
  static Stream<String> randomStoredValues() {
    RandomText random = new RandomText(0xC00C1E5L);
    List<String> valid = new ArrayList<>(validValues().keySet());
    String nearAlphabet = "1.3f9a1c2eFSMN0." + RandomText.NON_TOKEN_CHARS;
    String anything = RandomText.COOKIE_OCTETS + RandomText.NON_TOKEN_CHARS;
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      switch (i % 3) {
        case 0:
          values.add(random.string(nearAlphabet, 0, 20));
          break;
        case 1:
          values.add(random.string(anything, 0, 30));
          break;
        default:
          String value = valid.get(random.nextInt(valid.size()));
          for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            value = random.mutate(value, nearAlphabet);
          }
          values.add(value);
      }
    }
    return values.stream();
  }

  @ParameterizedTest
  @MethodSource("randomStoredValues")
  void parseNeverThrowsAndAcceptsExactlyTheFormattedValues(String stored) {
    Consent parsed = assertDoesNotThrow(() -> Consent.parse(stored, REVISION));
    Optional<Consent> read = assertDoesNotThrow(() -> Consent.read(stored, REVISION));

    Consent expected = validValues().get(stored);
    assertEquals(Optional.ofNullable(expected), read);
    assertEquals(expected == null ? Consent.necessaryOnly() : expected, parsed);
    assertTrue(parsed.allows(Category.NECESSARY));
  }

  @Test
  void theRandomValuesIncludeValidOnes() {
    // Otherwise the property test above would only ever see garbage.
    Map<String, Consent> valid = validValues();
    long validCount = randomStoredValues().filter(valid::containsKey).count();

    assertTrue(validCount > 10, "only " + validCount + " valid values");
  }

  // ---------------------------------------------------------------- of, all, allows

  @Test
  void ofAlwaysIncludesNecessary() {
    assertEquals(EnumSet.of(Category.NECESSARY), Consent.of().granted());
    assertEquals(EnumSet.of(Category.NECESSARY, Category.MARKETING),
        Consent.of(Category.MARKETING).granted());
    assertEquals(Consent.necessaryOnly(), Consent.of(Category.NECESSARY));
    assertEquals(Consent.all(), Consent.of(OPTIONAL));
    assertEquals(EnumSet.allOf(Category.class), Consent.all().granted());
  }

  @ParameterizedTest
  @MethodSource("everyChoice")
  void everyConsentGrantsNecessaryAndIsImmutable(Consent consent) {
    Set<Category> granted = consent.granted();

    assertTrue(granted.contains(Category.NECESSARY));
    assertTrue(consent.allows(Category.NECESSARY));
    assertThrows(UnsupportedOperationException.class, () -> granted.add(Category.MARKETING));
    assertThrows(UnsupportedOperationException.class, () -> granted.remove(Category.NECESSARY));
  }

  @Test
  void ofRefusesNull() {
    assertThrows(NullPointerException.class, () -> Consent.of(Category.FUNCTIONAL, null));
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void allowsACategoryOnlyWhenGranted(Category category) {
    assertTrue(Consent.of(category).allows(category));
    assertTrue(Consent.all().allows(category));
    assertEquals(category == Category.NECESSARY, Consent.necessaryOnly().allows(category));
  }

  static Stream<Arguments> cookiesAndConsents() {
    List<Arguments> cases = new ArrayList<>();
    for (Category category : Category.values()) {
      for (boolean anonymized : new boolean[] {false, true}) {
        for (Consent consent : everyChoice().toArray(Consent[]::new)) {
          cases.add(Arguments.of(category, anonymized, consent));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} anonymized={1} {2}")
  @MethodSource("cookiesAndConsents")
  void allowsACookieThatNeedsNoConsentOrWhoseCategoryIsGranted(
      Category category, boolean anonymized, Consent consent) {
    CookieDefinition cookie =
        CookieDefinition.builder("c")
            .provider("p")
            .purpose("p")
            .category(category)
            .anonymized(anonymized)
            .build();
    boolean needsNoConsent =
        category == Category.NECESSARY || (category == Category.STATISTICS && anonymized);

    assertEquals(needsNoConsent || consent.granted().contains(category), consent.allows(cookie));
  }

  @Test
  void necessaryOnlyStillAllowsNecessaryAndAnonymizedCookies() {
    CookieDefinition.Builder stats =
        CookieDefinition.builder("_pk_ses.*").provider("Matomo").purpose("p")
            .category(Category.STATISTICS);

    assertTrue(Consent.necessaryOnly().allows(stats.anonymized(true).build()));
    assertFalse(Consent.necessaryOnly().allows(stats.anonymized(false).build()));
  }

  @Test
  void equalityIsByGrantedCategories() {
    assertEquals(Consent.of(Category.STATISTICS, Category.FUNCTIONAL),
        Consent.of(Category.FUNCTIONAL, Category.STATISTICS, Category.FUNCTIONAL));
    assertEquals(Consent.of(Category.FUNCTIONAL).hashCode(),
        Consent.of(Category.FUNCTIONAL).hashCode());
    assertFalse(Consent.of(Category.FUNCTIONAL).equals(Consent.of(Category.MARKETING)));
    assertTrue(Consent.all().toString().contains("MARKETING"));
  }
}
