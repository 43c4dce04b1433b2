package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of cookie names, values and headers over thousands of seeded random inputs. The
 * seeds are fixed, so a failure names its input and reproduces on every run.
 */
class CookieNamePropertyTest {

  private static CookieDefinition.Builder cookie(String name) {
    return CookieDefinition.builder(name)
        .provider("Opendatasoft")
        .purpose("property test")
        .category(Category.FUNCTIONAL);
  }

  // ---------------------------------------------------------------- (a) any name

  /**
   * Names over a mix weighted towards token characters (so that about half are valid), with
   * {@code *}, separators, controls and non-ASCII mixed in.
   */
  static Stream<String> randomNames() {
    RandomText random = new RandomText(20260101L);
    return IntStream.range(0, 5_000)
        .mapToObj(
            i -> {
              int length = random.nextInt(12);
              StringBuilder name = new StringBuilder();
              for (int c = 0; c < length; c++) {
                int roll = random.nextInt(100);
                name.append(
                    roll < 80 ? random.pick(RandomText.TOKEN_CHARS)
                        : roll < 90 ? '*'
                        : random.pick(RandomText.NON_TOKEN_CHARS));
              }
              return name.toString();
            });
  }

  /** The SPEC's rule for a declared name, written independently of {@link CookieNames}. */
  private static boolean isValidName(String name) {
    boolean onlyWildcards = name.chars().allMatch(c -> c == '*');
    boolean tokenChars = name.chars().allMatch(c -> RandomText.TOKEN_CHARS.indexOf(c) >= 0);
    return !name.isEmpty() && tokenChars && !name.contains("**") && !onlyWildcards;
  }

  @ParameterizedTest
  @MethodSource("randomNames")
  void anyNameIsEitherAcceptedOrGetsAProblemAndTheBuilderAgrees(String name) {
    Optional<String> problem = assertDoesNotThrow(() -> CookieNames.problem(name));

    assertEquals(isValidName(name), problem.isEmpty(), () -> "problem: " + problem);
    if (problem.isPresent()) {
      assertFalse(problem.get().isBlank());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> cookie(name));
      assertTrue(e.getMessage().contains(problem.get()), e.getMessage());
    } else {
      CookieDefinition definition = assertDoesNotThrow(() -> cookie(name).build());
      assertEquals(name, definition.name());
      assertEquals(name.indexOf('*') >= 0, definition.isPattern());
    }
  }

  @Test
  void theRandomNamesAreAMixOfValidAndInvalid() {
    long valid = randomNames().filter(CookieNamePropertyTest::isValidName).count();

    assertTrue(valid > 1_000 && valid < 4_000, valid + " valid names out of 5000");
  }

  // ---------------------------------------------------------------- (b) header round trip

  /**
   * Names {@link HttpCookie} refuses although RFC 6265 allows them: it still applies RFC 2965,
   * where a name may not start with {@code $} nor be one of the attribute names. For those the
   * round trip is checked with {@link #parseNameAndValue} only.
   */
  private static final Set<String> HTTP_COOKIE_RESERVED =
      Set.of("comment", "commenturl", "discard", "domain", "expires", "max-age", "path", "port",
          "secure", "version", "httponly");

  private static boolean httpCookieAcceptsName(String name) {
    return !name.startsWith("$") && !HTTP_COOKIE_RESERVED.contains(name.toLowerCase(Locale.ROOT));
  }

  /** A name, a value and random header attributes. */
  static Stream<Arguments> randomExactNamesAndValues() {
    RandomText random = new RandomText(6265L);
    String exactNameChars = RandomText.TOKEN_CHARS.replace("*", "");
    List<String> tricky = List.of("$Version", "Path", "domain", "Max-Age", "SameSite", "Expires",
        "Secure", "HttpOnly", "$", "=");
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      String name =
          random.chance(3)
              ? tricky.get(random.nextInt(tricky.size() - 1)) // never "=": it is no token
              : random.string(exactNameChars, 1, 16);
      String value = random.string(RandomText.COOKIE_OCTETS, 0, 40);
      cases.add(
          Arguments.of(
              name,
              value,
              random.chance(50) ? "" : random.string("abcdefghijklmnopqrstuvwxyz.-", 1, 20),
              random.chance(50) ? "session" : "PT" + (1 + random.nextInt(100_000)) + "S",
              random.chance(50),
              random.chance(50),
              SameSite.values()[random.nextInt(3)]));
    }
    return cases.stream();
  }

  /**
   * The name and value of a {@code Set-Cookie} header as RFC 6265 section 5.2 reads them: the
   * name-value pair runs to the first {@code ;}, the name to its first {@code =}.
   */
  private static String[] parseNameAndValue(String header) {
    int semicolon = header.indexOf(';');
    String pair = semicolon < 0 ? header : header.substring(0, semicolon);
    int equals = pair.indexOf('=');
    assertTrue(equals > 0, () -> "no name in " + header);
    return new String[] {pair.substring(0, equals).trim(), pair.substring(equals + 1).trim()};
  }

  @ParameterizedTest
  @MethodSource("randomExactNamesAndValues")
  void aSetCookieHeaderParsesBackToItsNameAndValue(
      String name,
      String value,
      String domain,
      String duration,
      boolean secure,
      boolean httpOnly,
      SameSite sameSite) {
    CookieDefinition definition =
        cookie(name)
            .domain(domain)
            .duration(duration)
            .secure(secure)
            .httpOnly(httpOnly)
            .sameSite(sameSite)
            .build();
    String header = definition.setCookieHeader(value);

    String[] parsed = parseNameAndValue(header);
    assertEquals(name, parsed[0], header);
    assertEquals(value, parsed[1], header);
    if (!httpCookieAcceptsName(name)) {
      return;
    }
    List<HttpCookie> cookies = HttpCookie.parse("Set-Cookie: " + header);
    assertEquals(1, cookies.size(), header);
    HttpCookie cookie = cookies.get(0);
    assertEquals(name, cookie.getName(), header);
    assertEquals(value, cookie.getValue(), header);
    assertEquals("/", cookie.getPath(), header);
    String sent = CookieDomains.withoutLeadingDot(domain); // issue 10.6: never with its dot
    assertEquals(sent.isEmpty() ? null : sent, cookie.getDomain(), header);
    assertEquals(definition.maxAge().map(d -> d.getSeconds()).orElse(-1L), cookie.getMaxAge());
    assertEquals(secure, cookie.getSecure(), header);
    assertEquals(httpOnly, cookie.isHttpOnly(), header);
  }

  @Test
  void theRoundTripCoversNamesHttpCookieRefuses() {
    long refused =
        randomExactNamesAndValues()
            .map(arguments -> (String) arguments.get()[0])
            .filter(name -> !httpCookieAcceptsName(name))
            .count();

    assertTrue(refused > 50, refused + " names for the hand parser only");
    assertThrows(IllegalArgumentException.class, () -> HttpCookie.parse("Set-Cookie: $x=1"));
  }

  // ---------------------------------------------------------------- (c) invalid values

  /** A name and a value of cookie-octets with one to three refused characters mixed in. */
  static Stream<Arguments> randomInvalidValues() {
    RandomText random = new RandomText(0xBADL);
    String refused = "\",;\\ " + RandomText.NON_TOKEN_CHARS.replaceAll("[!-~&&[^\",;\\\\]]", "");
    return IntStream.range(0, 3_000)
        .mapToObj(
            i -> {
              StringBuilder value =
                  new StringBuilder(random.string(RandomText.COOKIE_OCTETS, 0, 30));
              for (int bad = 1 + random.nextInt(3); bad > 0; bad--) {
                value.insert(random.nextInt(value.length() + 1), random.pick(refused));
              }
              return Arguments.of(random.string("abcXYZ_-.", 1, 8), value.toString());
            });
  }

  private static int firstRefused(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (RandomText.COOKIE_OCTETS.indexOf(value.charAt(i)) < 0) {
        return i;
      }
    }
    throw new AssertionError("no refused character in " + value);
  }

  @ParameterizedTest
  @MethodSource("randomInvalidValues")
  void anInvalidValueIsAlwaysRefused(String name, String value) {
    CookieDefinition exact = cookie(name).build();
    CookieDefinition pattern = cookie(name + "*").build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> exact.setCookieHeader(value));
    assertThrows(IllegalArgumentException.class, () -> pattern.setCookieHeader(name + "1", value));

    int at = firstRefused(value);
    assertTrue(e.getMessage().contains("position " + (at + 1)), e.getMessage());
    assertTrue(e.getMessage().contains(CookieNames.describe(value.charAt(at))), e.getMessage());
  }

  // ---------------------------------------------------------------- (d) patterns

  /** Accepted patterns, each with a concrete name made by filling every {@code *}. */
  static Stream<Arguments> randomPatternsAndFillings() {
    RandomText random = new RandomText(0x5EEDL);
    List<Arguments> cases = new ArrayList<>();
    while (cases.size() < 2_000) {
      String pattern = random.string(RandomText.TOKEN_CHARS, 1, 10);
      if (!CookieNames.isPattern(pattern) || CookieNames.problem(pattern).isPresent()) {
        continue;
      }
      List<String> fillings = new ArrayList<>();
      for (int i = 0; i < pattern.length(); i++) {
        if (pattern.charAt(i) == '*') {
          fillings.add(random.string(RandomText.TOKEN_CHARS, 1, 4));
        }
      }
      cases.add(Arguments.of(pattern, fillings, random.pick(RandomText.NON_TOKEN_CHARS)));
    }
    return cases.stream();
  }

  private static String fill(String pattern, List<String> fillings) {
    StringBuilder concrete = new StringBuilder();
    int next = 0;
    for (char c : pattern.toCharArray()) {
      concrete.append(c == '*' ? fillings.get(next++) : String.valueOf(c));
    }
    return concrete.toString();
  }

  @ParameterizedTest
  @MethodSource("randomPatternsAndFillings")
  void aPatternMatchesItsFillingsAndNothingWithANonTokenChar(
      String pattern, List<String> fillings, char nonToken) {
    String concrete = fill(pattern, fillings);
    CookieDefinition definition = cookie(pattern).build();

    assertTrue(definition.matches(concrete), concrete);
    assertTrue(definition.setCookieHeader(concrete, "v").startsWith(concrete + "=v; "));

    // Every wildcard needs at least one character: one filling fewer cannot match.
    List<String> oneEach = new ArrayList<>(fillings);
    oneEach.replaceAll(f -> "x");
    oneEach.set(0, "");
    assertFalse(definition.matches(fill(pattern, oneEach)), fill(pattern, oneEach));

    // A non-token character anywhere in a wildcard's part never matches.
    List<String> spoiled = new ArrayList<>(fillings);
    String first = spoiled.get(0);
    spoiled.set(0, first.substring(0, 1) + nonToken + first.substring(1));
    String bad = fill(pattern, spoiled);
    assertFalse(definition.matches(bad), bad);
    assertThrows(IllegalArgumentException.class, () -> definition.setCookieHeader(bad, "v"));
  }
}
