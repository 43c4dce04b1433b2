package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConsentTest {
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

  // Storing and reading a choice: ConsentStorageTest.

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
  void equalityIsByGrantedCategoriesTimeAndId() {
    java.time.Instant time = java.time.Instant.ofEpochSecond(1_764_500_000L);
    assertEquals(Consent.all().madeAt(time, "abcdefgh"), Consent.all().madeAt(time, "abcdefgh"));
    assertFalse(Consent.all().madeAt(time, "abcdefgh").equals(Consent.all()));
    assertFalse(Consent.all().madeAt(time, "abcdefgh").equals(Consent.all().madeAt(time, "abcdefgi")));
    assertEquals(Consent.of(Category.STATISTICS, Category.FUNCTIONAL),
        Consent.of(Category.FUNCTIONAL, Category.STATISTICS, Category.FUNCTIONAL));
    assertEquals(Consent.of(Category.FUNCTIONAL).hashCode(),
        Consent.of(Category.FUNCTIONAL).hashCode());
    assertFalse(Consent.of(Category.FUNCTIONAL).equals(Consent.of(Category.MARKETING)));
    assertTrue(Consent.all().toString().contains("MARKETING"));
  }
}
