package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CookieIndexTest {

  private static CookieDefinition cookie(String name, Category category) {
    return CookieDefinition.builder(name)
        .provider("Opendatasoft")
        .purpose("purpose of " + name)
        .category(category)
        .build();
  }

  private static CookieDefinition cookie(String name) {
    return cookie(name, Category.STATISTICS);
  }

  private static List<String> names(List<CookieDefinition> cookies) {
    return cookies.stream().map(CookieDefinition::name).collect(Collectors.toList());
  }

  private static Optional<String> found(CookieIndex index, String cookieName) {
    return index.find(cookieName).map(CookieDefinition::name);
  }

  /** The seed's portal, listed in no particular order. */
  private static List<CookieDefinition> portal() {
    return List.of(
        cookie("_pk_id.*.*", Category.STATISTICS),
        cookie("sessionid", Category.NECESSARY),
        cookie("_ga_*", Category.MARKETING),
        cookie("django_language", Category.FUNCTIONAL),
        cookie("csrftoken", Category.NECESSARY),
        cookie("_ga", Category.MARKETING),
        cookie("_pk_ses.*", Category.STATISTICS),
        cookie("cookies_preferences", Category.NECESSARY));
  }

  @Test
  void allIsInCategoryOrderThenByName() {
    CookieIndex index = CookieIndex.of(portal());

    assertEquals(
        List.of(
            "cookies_preferences", "csrftoken", "sessionid", // NECESSARY
            "django_language", // FUNCTIONAL
            "_pk_id.*.*", "_pk_ses.*", // STATISTICS
            "_ga", "_ga_*"), // MARKETING
        names(index.all()));
  }

  @Test
  void allDoesNotDependOnTheInputOrder() {
    List<CookieDefinition> shuffled = new ArrayList<>(portal());
    Collections.shuffle(shuffled, new Random(42));

    assertEquals(CookieIndex.of(portal()).all(), CookieIndex.of(shuffled).all());
  }

  @Test
  void allIsImmutableAndACopy() {
    List<CookieDefinition> input = new ArrayList<>(portal());
    CookieIndex index = CookieIndex.of(input);
    input.clear();

    assertEquals(8, index.all().size());
    assertThrows(UnsupportedOperationException.class, () -> index.all().add(cookie("x")));
    assertThrows(UnsupportedOperationException.class, () -> index.all().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> index.all().sort(null));
  }

  @Test
  void emptyIndex() {
    CookieIndex index = CookieIndex.of(List.of());

    assertEquals(List.of(), index.all());
    assertEquals(Optional.empty(), index.find("sessionid"));
    for (Category category : Category.values()) {
      assertEquals(List.of(), index.byCategory(category));
    }
  }

  @Test
  void findGivesTheExactNameFirst() {
    CookieIndex index = CookieIndex.of(List.of(cookie("_ga_*"), cookie("_ga_X"), cookie("*X")));

    assertEquals(Optional.of("_ga_X"), found(index, "_ga_X"));
    assertEquals(Optional.of("_ga_*"), found(index, "_ga_Y"));
  }

  @Test
  void findPrefersThePatternWithTheLongestLiteralText() {
    CookieIndex index =
        CookieIndex.of(List.of(cookie("_pk_*"), cookie("_pk_id.*.*"), cookie("_p*")));

    assertEquals(Optional.of("_pk_id.*.*"), found(index, "_pk_id.1.abc"));
    assertEquals(Optional.of("_pk_*"), found(index, "_pk_ses.1"));
    assertEquals(Optional.of("_p*"), found(index, "_px"));
    assertEquals(Optional.empty(), found(index, "_p"));
    assertEquals(Optional.empty(), found(index, "sessionid"));
  }

  @Test
  void findBreaksTiesByName() {
    // "ab*" and "*yz" both have 2 literal characters and both match "ab_yz"; "*yz" < "ab*".
    List<CookieDefinition> tie = List.of(cookie("ab*"), cookie("*yz"));
    List<CookieDefinition> reversed = List.of(cookie("*yz"), cookie("ab*"));

    assertEquals(Optional.of("*yz"), found(CookieIndex.of(tie), "ab_yz"));
    assertEquals(Optional.of("*yz"), found(CookieIndex.of(reversed), "ab_yz"));
  }

  @Test
  void findLooksAcrossCategories() {
    CookieIndex index =
        CookieIndex.of(List.of(cookie("a*", Category.NECESSARY), cookie("ab*", Category.MARKETING)));

    assertEquals(Optional.of("ab*"), found(index, "abc"));
    assertEquals(Optional.of("a*"), found(index, "axc"));
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void byCategoryListsThatCategorysCookiesByName(Category category) {
    CookieIndex index = CookieIndex.of(portal());
    List<String> expected =
        portal().stream()
            .filter(c -> c.category() == category)
            .map(CookieDefinition::name)
            .sorted()
            .collect(Collectors.toList());

    assertEquals(expected, names(index.byCategory(category)));
    assertThrows(
        UnsupportedOperationException.class, () -> index.byCategory(category).add(cookie("x")));
  }

  @Test
  void duplicateExactNamesAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CookieIndex.of(List.of(cookie("sessionid"), cookie("csrftoken"),
                cookie("sessionid", Category.MARKETING))));

    assertTrue(e.getMessage().contains("sessionid"), e.getMessage());
  }

  @Test
  void duplicatePatternsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CookieIndex.of(List.of(cookie("_ga_*"), cookie("_ga_*", Category.MARKETING))));

    assertTrue(e.getMessage().contains("_ga_*"), e.getMessage());
  }

  @Test
  void equalDuplicatesCountOnce() {
    // A cookie both declared here and in an included library registry is one cookie.
    CookieIndex index =
        CookieIndex.ofParts(List.of(cookie("sessionid"), cookie("_ga_*")),
            List.of(cookie("sessionid"), cookie("_ga_*")));

    assertEquals(List.of("_ga_*", "sessionid"), names(index.all()));
    assertEquals(List.of("_ga_*", "sessionid"), names(index.byCategory(Category.STATISTICS)));
  }

  @Test
  void partsAreIndexedTogether() {
    CookieIndex index =
        CookieIndex.ofParts(List.of(cookie("b")), List.of(cookie("a")), List.of());

    assertEquals(List.of("a", "b"), names(index.all()));
    assertTrue(index.find("a").isPresent());
  }

  // ---------------------------------------------------------------- find against a brute force

  /** Seeded random sets of names and patterns over a small alphabet, so they overlap often. */
  static Stream<List<String>> randomNameSets() {
    RandomText random = new RandomText(7L);
    return IntStream.range(0, 500)
        .mapToObj(
            i -> {
              Set<String> names = new LinkedHashSet<>();
              for (int n = 1 + random.nextInt(8); n > 0; n--) {
                String name = random.string("ab.*", 1, 5);
                if (CookieNames.problem(name).isEmpty()) {
                  names.add(name);
                }
              }
              return new ArrayList<>(names);
            });
  }

  /** find() as the SPEC words it, the slow way. */
  private static Optional<String> bruteForceFind(List<String> declared, String cookieName) {
    if (declared.contains(cookieName) && !CookieNames.isPattern(cookieName)) {
      return Optional.of(cookieName);
    }
    return declared.stream()
        .filter(CookieNames::isPattern)
        .filter(pattern -> CookieNames.matches(pattern, cookieName))
        .min(
            Comparator.comparingInt((String p) -> -CookieNames.literalLength(p))
                .thenComparing(Comparator.naturalOrder()));
  }

  @ParameterizedTest
  @MethodSource("randomNameSets")
  void findAgreesWithTheSpecsRule(List<String> declared) {
    CookieIndex index =
        CookieIndex.of(declared.stream().map(CookieIndexTest::cookie).collect(Collectors.toList()));
    RandomText random = new RandomText(declared.hashCode());

    for (int i = 0; i < 20; i++) {
      String cookieName = random.string("ab.", 1, 6);
      assertEquals(bruteForceFind(declared, cookieName), found(index, cookieName), cookieName);
    }
    for (String name : declared) {
      if (!CookieNames.isPattern(name)) {
        assertEquals(Optional.of(name), found(index, name));
      }
    }
    assertEquals(declared.size(), index.all().size());
    assertEquals(
        declared.stream().sorted().collect(Collectors.toList()),
        names(index.byCategory(Category.STATISTICS)));
  }

  @Test
  void theRandomNameSetsMixNamesAndPatterns() {
    List<String> all =
        randomNameSets().flatMap(List::stream).collect(Collectors.toList());

    assertTrue(all.stream().filter(CookieNames::isPattern).count() > 200);
    assertTrue(all.stream().filter(n -> !CookieNames.isPattern(n)).count() > 200);
    assertTrue(all.contains("a*"));
  }
}
