package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CookieNamesTest {

  /** RFC 2616 separators, which RFC 6265 excludes from a token, besides space and tab. */
  static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";

  /** The characters RFC 6265 token allows besides letters and digits. */
  static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

  private static String problemOf(String name) {
    Optional<String> problem = CookieNames.problem(name);
    assertTrue(problem.isPresent(), () -> "expected a problem with '" + name + "'");
    return problem.get();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sessionid", "csrftoken", "django_language", "cookies_preferences", "__Host-csrf",
        "__Secure-id", "_ga", "_ga_*", "*a", "a*", "_pk_id.*.*", "*a*", "a*b*c", "x", "A1",
        "!#$%&'+-.^_`|~", "a*.*z",
      })
  void validNamesHaveNoProblem(String name) {
    assertEquals(Optional.empty(), CookieNames.problem(name));
  }

  @Test
  void emptyNameIsAProblem() {
    assertTrue(problemOf("").contains("empty"));
  }

  static IntStream separators() {
    return SEPARATORS.chars();
  }

  @ParameterizedTest
  @MethodSource("separators")
  void eachSeparatorIsAProblemNamedWithItsPosition(int separator) {
    char c = (char) separator;

    String problem = problemOf("ab" + c + "cd");

    assertTrue(problem.contains("'" + c + "'"), problem);
    assertTrue(problem.contains("position 3"), problem);
    assertTrue(problemOf(c + "ab").contains("position 1"));
    assertTrue(problemOf("ab" + c).contains("position 3"));
  }

  static IntStream controlsAndNonAscii() {
    return IntStream.concat(
        IntStream.concat(IntStream.rangeClosed(0x00, 0x1f), IntStream.of(0x7f)),
        IntStream.of(0x80, 0xa0, 0xe9, 0x2028, 0x20ac, 0xd83d, 0xfeff, 0xffff));
  }

  @ParameterizedTest
  @MethodSource("controlsAndNonAscii")
  void controlsTabAndNonAsciiAreProblemsNamedByCodePoint(int codeUnit) {
    String problem = problemOf("a" + (char) codeUnit);

    assertTrue(problem.contains(String.format(Locale.ROOT, "U+%04X", codeUnit)), problem);
    assertTrue(problem.contains("position 2"), problem);
  }

  @Test
  void spaceIsAProblem() {
    String problem = problemOf("my cookie");

    assertTrue(problem.contains("space"), problem);
    assertTrue(problem.contains("position 3"), problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"**", "a**", "**a", "a**b", "_pk_id.**", "a*b**c"})
  void adjacentWildcardsAreAProblem(String name) {
    assertTrue(problemOf(name).contains("adjacent"));
  }

  @Test
  void aLoneWildcardIsAProblem() {
    assertTrue(problemOf("*").contains("only a wildcard"));
  }

  @Test
  void theFirstProblemIsReported() {
    assertTrue(problemOf("a b;c").contains("position 2"));
  }

  @Test
  void tokenCharsAreExactlyRfc6265s() {
    for (char c = 0; c < 0x200; c++) {
      boolean expected =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || TOKEN_SYMBOLS.indexOf(c) >= 0;
      assertEquals(expected, CookieNames.isTokenChar(c), "U+" + Integer.toHexString(c));
    }
  }

  static Stream<Arguments> matchCases() {
    return Stream.of(
        // exact names
        Arguments.of("sessionid", "sessionid", true),
        Arguments.of("sessionid", "sessionid2", false),
        Arguments.of("sessionid", "Sessionid", false),
        Arguments.of("sessionid", "", false),
        // trailing wildcard: one or more
        Arguments.of("_ga_*", "_ga_ABC123", true),
        Arguments.of("_ga_*", "_ga_A", true),
        Arguments.of("_ga_*", "_ga_", false),
        Arguments.of("_ga_*", "_ga", false),
        Arguments.of("_ga_*", "_gid", false),
        Arguments.of("_ga_*", "x_ga_ABC", false),
        Arguments.of("_ga_*", "_ga_a.b-c", true),
        // two wildcards, '.' inside a wildcard
        Arguments.of("_pk_id.*.*", "_pk_id.1.abc", true),
        Arguments.of("_pk_id.*.*", "_pk_id.1.2.3", true),
        Arguments.of("_pk_id.*.*", "_pk_id.1.", false),
        Arguments.of("_pk_id.*.*", "_pk_id..abc", false),
        Arguments.of("_pk_id.*.*", "_pk_id.1", false),
        Arguments.of("_pk_id.*.*", "_pk_id.abc", false),
        // leading wildcard
        Arguments.of("*x", "ax", true),
        Arguments.of("*x", "abcx", true),
        Arguments.of("*x", "x", false),
        Arguments.of("*x", "xa", false),
        Arguments.of("*_session", "app_session", true),
        Arguments.of("*_session", "_session", false),
        // wildcard in the middle
        Arguments.of("a*z", "abz", true),
        Arguments.of("a*z", "az", false),
        Arguments.of("a*z", "abzz", true),
        Arguments.of("a*z", "abza", false),
        Arguments.of("pre_*_suf", "pre_x_suf", true),
        Arguments.of("pre_*_suf", "pre__suf", false),
        Arguments.of("pre_*_suf", "pre_x_suf_suf", true),
        Arguments.of("*a*", "xay", true),
        Arguments.of("*a*", "aa", false),
        Arguments.of("*a*", "aaa", true),
        Arguments.of("a*b*b", "axbb", false),
        Arguments.of("a*b*b", "axbyb", true),
        Arguments.of("a*bc*c", "axbcyc", true),
        Arguments.of("a*b*c", "axbybc", true),
        // non-token characters inside the wildcard part never match
        Arguments.of("_ga_*", "_ga_AB C", false),
        Arguments.of("_ga_*", "_ga_AB;C", false),
        Arguments.of("_ga_*", "_ga_\u00e9", false),
        Arguments.of("_ga_*", "_ga_\n", false),
        Arguments.of("_pk_id.*.*", "_pk_id.1=.abc", false),
        Arguments.of("_pk_id.*.*", "_pk_id.1.a/c", false),
        Arguments.of("*x", " x", false),
        Arguments.of("a*z", "a\u0000z", false));
  }

  @ParameterizedTest(name = "{0} vs \"{1}\" -> {2}")
  @MethodSource("matchCases")
  void matches(String declared, String concrete, boolean expected) {
    assertEquals(expected, CookieNames.matches(declared, concrete));
  }

  @ParameterizedTest
  @CsvSource({
    "sessionid,  9",
    "_ga_*,      4",
    "_pk_id.*.*, 8",
    "*x,         1",
    "a*b*c,      3",
  })
  void literalLengthCountsEverythingButWildcards(String name, int expected) {
    assertEquals(expected, CookieNames.literalLength(name));
  }

  @Test
  void literalLengthOfEmptyAndWildcardOnly() {
    assertEquals(0, CookieNames.literalLength(""));
    assertEquals(0, CookieNames.literalLength("*"));
  }

  @Test
  void isPattern() {
    assertTrue(CookieNames.isPattern("_ga_*"));
    assertTrue(CookieNames.isPattern("*x"));
    assertFalse(CookieNames.isPattern("sessionid"));
  }

  @Test
  void describeNamesCharactersReadably() {
    assertEquals("';'", CookieNames.describe(';'));
    assertEquals("a space", CookieNames.describe(' '));
    assertEquals("the control or non-ASCII character U+000A", CookieNames.describe('\n'));
    assertEquals("the control or non-ASCII character U+007F", CookieNames.describe('\u007f'));
    assertEquals("the control or non-ASCII character U+00E9", CookieNames.describe('\u00e9'));
  }
}
