package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free lookups (the pattern trie behind {@code find()}, in-place pattern matching)
 * answer exactly what the plain definitions in SPEC §4 say.
 */
class FastLookupTest {
  private static final String ALPHABET = "ab_.-1";

  @Test
  void matchesFollowsTheWildcardRules() {
    assertTrue(CookieNames.matches("_ga_*", "_ga_ABC123"));
    assertFalse(CookieNames.matches("_ga_*", "_ga_"), "* stands for at least one character");
    assertFalse(CookieNames.matches("_ga_*", "_gb_X"));
    assertTrue(CookieNames.matches("_pk_id.*.*", "_pk_id.1.abcd"));
    assertTrue(CookieNames.matches("_pk_id.*.*", "_pk_id.1.2.3"), "* covers dots");
    assertFalse(CookieNames.matches("_pk_id.*.*", "_pk_id.1."));
    assertFalse(CookieNames.matches("_pk_id.*.*", "_pk_id..x"));
    assertTrue(CookieNames.matches("*_session", "app_session"));
    assertFalse(CookieNames.matches("*_session", "_session"));
    assertTrue(CookieNames.matches("a*b*c", "axbyc"));
    assertFalse(CookieNames.matches("a*b*c", "abc"));
    assertFalse(CookieNames.matches("x_*", "x_a b"), "a space is not a token character");
    assertTrue(CookieNames.matches("sessionid", "sessionid"));
    assertFalse(CookieNames.matches("sessionid", "sessionid2"));
  }

  @Test
  void findAgreesWithALinearScanOnRandomRegistries() {
    Random random = new Random(7);
    for (int registry = 0; registry < 200; registry++) {
      Set<String> names = new LinkedHashSet<>();
      int size = 1 + random.nextInt(40);
      while (names.size() < size) {
        String name = randomName(random, random.nextInt(3) == 0);
        if (CookieNames.problem(name).isEmpty()) {
          names.add(name);
        }
      }
      List<CookieDefinition> cookies = new ArrayList<>();
      names.forEach(n -> cookies.add(CookieDefinition.builder(n).provider("p").purpose("q")
          .category(Category.FUNCTIONAL).build()));
      CookieIndex index = CookieIndex.of(cookies);
      for (int probe = 0; probe < 300; probe++) {
        String concrete = randomName(random, false);
        assertEquals(linearFind(cookies, concrete), index.find(concrete),
            () -> "find(" + concrete + ") in " + names);
      }
    }
  }

  @Test
  void theMostSpecificPatternWinsAcrossPrefixes() {
    CookieIndex index = CookieIndex.of(List.of(definition("*_id"), definition("_pk_*"),
        definition("_pk_id*"), definition("_pk_idx")));
    assertEquals("_pk_id*", index.find("_pk_id7").orElseThrow().name());
    assertEquals("_pk_idx", index.find("_pk_idx").orElseThrow().name());
    assertEquals("_pk_*", index.find("_pk_ses").orElseThrow().name());
    assertEquals("*_id", index.find("other_id").orElseThrow().name());
    assertEquals(Optional.empty(), index.find("nothing"));
  }

  private static CookieDefinition definition(String name) {
    return CookieDefinition.builder(name).provider("p").purpose("q").category(Category.FUNCTIONAL)
        .build();
  }

  /** SPEC §4 word for word: an exact name first, else the matching pattern with the longest literal text, ties by name. */
  private static Optional<CookieDefinition> linearFind(List<CookieDefinition> cookies,
      String name) {
    for (CookieDefinition c : cookies) {
      if (!c.isPattern() && c.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return cookies.stream().filter(CookieDefinition::isPattern).filter(c -> c.matches(name))
        .min(Comparator.comparingInt((CookieDefinition c) -> -CookieNames.literalLength(c.name()))
            .thenComparing(CookieDefinition::name));
  }

  private static String randomName(Random random, boolean pattern) {
    StringBuilder s = new StringBuilder();
    int length = 1 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      if (pattern && random.nextInt(4) == 0) {
        s.append('*');
      } else {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return s.toString();
  }
}
