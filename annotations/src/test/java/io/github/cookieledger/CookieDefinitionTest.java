package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CookieDefinitionTest {

  /** A definition with the required attributes set; everything else keeps its default. */
  static CookieDefinition.Builder cookie(String name) {
    return CookieDefinition.builder(name)
        .provider("Opendatasoft")
        .purpose("To remember the user from one page to another")
        .category(Category.NECESSARY);
  }

  // ---------------------------------------------------------------- headers, every attribute

  /** One declaration's header-relevant attributes. */
  record Attributes(
      String path,
      String domain,
      String duration,
      boolean secure,
      boolean httpOnly,
      SameSite sameSite,
      boolean partitioned) {

    CookieDefinition.Builder applyTo(CookieDefinition.Builder builder) {
      return builder
          .path(path)
          .domain(domain)
          .duration(duration)
          .secure(secure)
          .httpOnly(httpOnly)
          .sameSite(sameSite)
          .partitioned(partitioned);
    }

    /** The attributes as a browser must receive them, {@code Max-Age} given explicitly. */
    String expectedAttributes(String maxAge) {
      return "; Path=" + path
          + (domain.isEmpty() ? "" : "; Domain=" + domain)
          + (maxAge == null ? "" : "; Max-Age=" + maxAge)
          + (secure ? "; Secure" : "")
          + (httpOnly ? "; HttpOnly" : "")
          + "; SameSite=" + sameSite.attributeValue()
          + (partitioned ? "; Partitioned" : "");
    }
  }

  /**
   * Every combination: 2 paths x 2 domains x 2 lifetimes x secure x httpOnly x 3 SameSite x
   * partitioned.
   */
  static Stream<Attributes> everyAttributeCombination() {
    List<Attributes> all = new ArrayList<>();
    for (String path : List.of("/", "/portal/api")) {
      for (String domain : List.of("", "datasource.kapsarc.org")) {
        for (String duration : List.of("session", "P30D")) {
          for (boolean secure : new boolean[] {true, false}) {
            for (boolean httpOnly : new boolean[] {true, false}) {
              for (SameSite sameSite : SameSite.values()) {
                for (boolean partitioned : new boolean[] {false, true}) {
                  all.add(new Attributes(path, domain, duration, secure, httpOnly, sameSite,
                      partitioned));
                }
              }
            }
          }
        }
      }
    }
    return all.stream();
  }

  /** What {@code Max-Age} the set header must carry: none for a session, else seconds. */
  private static String expectedMaxAge(String duration) {
    return duration.equals("session") ? null : String.valueOf(30L * 24 * 60 * 60);
  }

  @ParameterizedTest
  @MethodSource("everyAttributeCombination")
  void setCookieHeaderCarriesExactlyTheDeclaredAttributes(Attributes a) {
    CookieDefinition sessionid = a.applyTo(cookie("sessionid")).build();

    assertEquals(
        "sessionid=abc123" + a.expectedAttributes(expectedMaxAge(a.duration())),
        sessionid.setCookieHeader("abc123"));
  }

  @ParameterizedTest
  @MethodSource("everyAttributeCombination")
  void expireCookieHeaderCarriesEveryAttributeAndMaxAgeZero(Attributes a) {
    CookieDefinition sessionid = a.applyTo(cookie("sessionid")).build();

    assertEquals(
        "sessionid=" + a.expectedAttributes("0"), sessionid.expireCookieHeader());
  }

  @ParameterizedTest
  @MethodSource("everyAttributeCombination")
  void patternHeadersUseTheConcreteNameAndTheSameAttributes(Attributes a) {
    CookieDefinition ga = a.applyTo(cookie("_ga_*")).build();

    assertEquals(
        "_ga_ABC123=GS1.1.17" + a.expectedAttributes(expectedMaxAge(a.duration())),
        ga.setCookieHeader("_ga_ABC123", "GS1.1.17"));
    assertEquals("_ga_ABC123=" + a.expectedAttributes("0"), ga.expireCookieHeader("_ga_ABC123"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a;b", "/a\r\nSet-Cookie: x=1", "/\u0000", "/a\u007f"})
  void pathsThatWouldBreakTheHeaderAreRefused(String path) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CookieDefinition.builder("sid").path(path));
    assertTrue(e.getMessage().startsWith("path"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.org;x", "example.org\n", "exa mple.org"})
  void domainsThatWouldBreakTheHeaderAreRefused(String domain) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CookieDefinition.builder("sid").domain(domain));
    assertTrue(e.getMessage().startsWith("domain"), e.getMessage());
  }

  @Test
  void headersOfTheSeedsSessionCookieReadAsExpected() {
    CookieDefinition sessionid = cookie("sessionid").build();

    assertEquals(
        "sessionid=abc; Path=/; Secure; HttpOnly; SameSite=Lax", sessionid.setCookieHeader("abc"));
    assertEquals(
        "sessionid=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax",
        sessionid.expireCookieHeader());
  }

  @Test
  void headersOfAFullyDeclaredCookieReadAsExpected() {
    CookieDefinition ga =
        cookie("_ga")
            .category(Category.STATISTICS)
            .domain("kapsarc.org")
            .path("/explore")
            .duration("P13M")
            .httpOnly(false)
            .sameSite(SameSite.NONE)
            .build();

    assertEquals(
        "_ga=GA1.2.3; Path=/explore; Domain=kapsarc.org; Max-Age=33696000; Secure;"
            + " SameSite=None",
        ga.setCookieHeader("GA1.2.3"));
    assertEquals(
        "_ga=; Path=/explore; Domain=kapsarc.org; Max-Age=0; Secure; SameSite=None",
        ga.expireCookieHeader());
  }

  @Test
  void hostPrefixedCookieIsDeletedWithSecureAndPath() {
    CookieDefinition host = cookie("__Host-csrf").sameSite(SameSite.STRICT).build();

    String deletion = host.expireCookieHeader();

    assertTrue(deletion.startsWith("__Host-csrf=; "), deletion);
    assertTrue(deletion.contains("; Path=/;"), deletion);
    assertTrue(deletion.contains("; Secure"), deletion);
    assertTrue(deletion.contains("; Max-Age=0;"), deletion);
    assertFalse(deletion.contains("Domain="), deletion);
  }

  @Test
  void aPartitionedCookieIsSetAndDeletedWithPartitioned() {
    CookieDefinition chips =
        cookie("widget_state").sameSite(SameSite.NONE).partitioned(true).build();

    assertEquals("widget_state=v; Path=/; Secure; HttpOnly; SameSite=None; Partitioned",
        chips.setCookieHeader("v"));
    assertEquals("widget_state=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=None; Partitioned",
        chips.expireCookieHeader());
    assertTrue(chips.partitioned());
    assertFalse(chips.equals(cookie("widget_state").sameSite(SameSite.NONE).build()));
  }

  @Test
  void emptyValueIsAllowed() {
    assertEquals(
        "sessionid=; Path=/; Secure; HttpOnly; SameSite=Lax",
        cookie("sessionid").build().setCookieHeader(""));
  }

  // ---------------------------------------------------------------- patterns vs exact names

  @Test
  void oneArgumentHeadersOnAPatternAreIllegalState() {
    CookieDefinition ga = cookie("_ga_*").build();

    IllegalStateException set =
        assertThrows(IllegalStateException.class, () -> ga.setCookieHeader("v"));
    IllegalStateException expire =
        assertThrows(IllegalStateException.class, ga::expireCookieHeader);

    assertTrue(set.getMessage().contains("_ga_*"), set.getMessage());
    assertTrue(set.getMessage().contains("setCookieHeader(concreteName, value)"), set.getMessage());
    assertTrue(expire.getMessage().contains("expireCookieHeader(concreteName)"),
        expire.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"_ga_", "_ga", "_gid", "x_ga_ABC", "_ga_AB C", "_ga_AB;C", "_GA_ABC"})
  void aNameThePatternDoesNotMatchIsRefused(String concreteName) {
    CookieDefinition ga = cookie("_ga_*").build();

    IllegalArgumentException set =
        assertThrows(IllegalArgumentException.class, () -> ga.setCookieHeader(concreteName, "v"));
    assertThrows(IllegalArgumentException.class, () -> ga.expireCookieHeader(concreteName));

    assertTrue(set.getMessage().contains("'" + concreteName + "'"), set.getMessage());
    assertTrue(set.getMessage().contains("'_ga_*'"), set.getMessage());
  }

  @Test
  void twoArgumentFormOnAnExactNameAcceptsOnlyThatName() {
    CookieDefinition sessionid = cookie("sessionid").build();

    assertEquals(sessionid.setCookieHeader("v"), sessionid.setCookieHeader("sessionid", "v"));
    assertEquals(sessionid.expireCookieHeader(), sessionid.expireCookieHeader("sessionid"));
    assertThrows(IllegalArgumentException.class, () -> sessionid.setCookieHeader("csrftoken", "v"));
    assertThrows(IllegalArgumentException.class, () -> sessionid.expireCookieHeader("sessionid2"));
  }

  @Test
  void isPatternAndMatches() {
    CookieDefinition pk = cookie("_pk_id.*.*").build();
    CookieDefinition sessionid = cookie("sessionid").build();

    assertTrue(pk.isPattern());
    assertFalse(sessionid.isPattern());
    assertTrue(pk.matches("_pk_id.1.abc"));
    assertFalse(pk.matches("_pk_id.1."));
    assertTrue(sessionid.matches("sessionid"));
    assertFalse(sessionid.matches("sessionid2"));
  }

  // ---------------------------------------------------------------- value checks

  /** Every character RFC 6265 cookie-octet excludes, plus some beyond ASCII. */
  static IntStream refusedValueCharacters() {
    return IntStream.concat(
        IntStream.concat(IntStream.rangeClosed(0x00, 0x20), IntStream.of('"', ',', ';', '\\', 0x7f)),
        IntStream.of(0x80, 0xa0, 0xe9, 0x20ac, 0xd83d, 0xfeff));
  }

  /** How the message must name the character: quoted if printable, else its code point. */
  private static String expectedMention(char c) {
    if (c == ' ') {
      return "space";
    }
    if (c < 0x20 || c >= 0x7f) {
      return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
    return "'" + c + "'";
  }

  @ParameterizedTest
  @MethodSource("refusedValueCharacters")
  void aValueCharacterOutsideCookieOctetsIsRefusedAndNamed(int codeUnit) {
    char c = (char) codeUnit;
    CookieDefinition sessionid = cookie("sessionid").build();
    CookieDefinition ga = cookie("_ga_*").build();
    String value = "ab" + c + "cd";

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sessionid.setCookieHeader(value));
    assertThrows(IllegalArgumentException.class, () -> ga.setCookieHeader("_ga_X", value));

    assertTrue(e.getMessage().contains(expectedMention(c)), e.getMessage());
    assertTrue(e.getMessage().contains("position 3"), e.getMessage());
  }

  @Test
  void headerInjectionIsImpossible() {
    CookieDefinition sessionid = cookie("sessionid").build();

    assertThrows(
        IllegalArgumentException.class,
        () -> sessionid.setCookieHeader("x\r\nSet-Cookie: admin=1"));
    assertThrows(IllegalArgumentException.class, () -> sessionid.setCookieHeader("x; Domain=evil"));
    assertThrows(NullPointerException.class, () -> sessionid.setCookieHeader(null));
  }

  @Test
  void exactlyTheCookieOctetsAreAccepted() {
    CookieDefinition sessionid = cookie("sessionid").build();
    for (char c = 0; c < 0x100; c++) {
      boolean octet =
          c == 0x21
              || (c >= 0x23 && c <= 0x2b)
              || (c >= 0x2d && c <= 0x3a)
              || (c >= 0x3c && c <= 0x5b)
              || (c >= 0x5d && c <= 0x7e);
      String value = String.valueOf(c);
      if (octet) {
        assertTrue(sessionid.setCookieHeader(value).startsWith("sessionid=" + c + "; "));
      } else {
        assertThrows(
            IllegalArgumentException.class,
            () -> sessionid.setCookieHeader(value),
            () -> "U+" + Integer.toHexString(value.charAt(0)));
      }
    }
  }

  // ---------------------------------------------------------------- consent and lifetime

  @ParameterizedTest
  @CsvSource({
    "NECESSARY,  false, false",
    "NECESSARY,  true,  false",
    "FUNCTIONAL, false, true",
    "FUNCTIONAL, true,  true",
    "STATISTICS, false, true",
    "STATISTICS, true,  false",
    "MARKETING,  false, true",
    "MARKETING,  true,  true",
  })
  void requiresConsentFollowsTheSeedsRule(Category category, boolean anonymized, boolean expected) {
    CookieDefinition c = cookie("c").category(category).anonymized(anonymized).build();

    assertEquals(expected, c.requiresConsent());
    assertEquals(expected, CookieDefinition.requiresConsent(category, anonymized));
  }

  @ParameterizedTest
  @CsvSource({
    "P1Y,     31536000",
    "P13M,    33696000",
    "P2W,     1209600",
    "P30D,    2592000",
    "PT30M,   1800",
    "PT36H,   129600",
    "P1DT12H, 129600",
    "P1Y6M,   47088000",
    "PT45S,   45",
  })
  void maxAgeConvertsEachDurationForm(String duration, long seconds) {
    CookieDefinition c = cookie("c").duration(duration).build();

    assertEquals(Optional.of(Duration.ofSeconds(seconds)), c.maxAge());
    assertEquals(duration, c.duration());
    assertTrue(c.setCookieHeader("v").contains("; Max-Age=" + seconds + ";"));
  }

  @Test
  void maxAgeUsesYearsOf365AndMonthsOf30Days() {
    assertEquals(Duration.ofDays(365), cookie("c").duration("P1Y").build().maxAge().get());
    assertEquals(Duration.ofDays(390), cookie("c").duration("P13M").build().maxAge().get());
    assertEquals(Duration.ofDays(545), cookie("c").duration("P1Y6M").build().maxAge().get());
  }

  @Test
  void sessionCookieHasNoMaxAge() {
    CookieDefinition c = cookie("c").build();

    assertEquals("session", c.duration());
    assertEquals(Optional.empty(), c.maxAge());
    assertFalse(c.setCookieHeader("v").contains("Max-Age"));
  }

  @Test
  void builderRefusesAnInvalidDuration() {
    assertThrows(IllegalArgumentException.class, () -> cookie("c").duration("1 year"));
  }

  // ---------------------------------------------------------------- builder and value semantics

  @ParameterizedTest
  @ValueSource(strings = {"", "*", "**a", "a**b", "a b", "a;b", "a=b", "a,b", "caf\u00e9", "a\tb",
      "a\nb", "(a)", "a/b"})
  void builderRejectsInvalidNames(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CookieDefinition.builder(name));

    String quoted = "cookie name '" + MessageText.escape(name) + "' "; // no raw control (10.4)
    assertTrue(e.getMessage().startsWith(quoted), e.getMessage());
    assertEquals(CookieNames.problem(name).orElseThrow(),
        e.getMessage().substring(quoted.length()));
  }

  @Test
  void builderRejectsNullNameAndMissingRequiredAttributes() {
    assertThrows(NullPointerException.class, () -> CookieDefinition.builder(null));
    assertThrows(
        NullPointerException.class,
        () -> CookieDefinition.builder("c").purpose("p").category(Category.NECESSARY).build());
    assertThrows(
        NullPointerException.class,
        () -> CookieDefinition.builder("c").provider("p").category(Category.NECESSARY).build());
    assertThrows(
        NullPointerException.class,
        () -> CookieDefinition.builder("c").provider("p").purpose("p").build());
  }

  @Test
  void accessorsReturnWhatWasBuilt() {
    CookieDefinition c =
        CookieDefinition.builder("_pk_id.*.*")
            .provider("Matomo")
            .purpose("To tell visits apart")
            .category(Category.STATISTICS)
            .function("Audience measurement")
            .party(Party.THIRD_PARTY)
            .duration("P13M")
            .domain("kapsarc.org")
            .path("/explore")
            .secure(false)
            .httpOnly(false)
            .sameSite(SameSite.STRICT)
            .anonymized(true)
            .build();

    assertEquals("_pk_id.*.*", c.name());
    assertEquals("Matomo", c.provider());
    assertEquals("To tell visits apart", c.purpose());
    assertEquals(Category.STATISTICS, c.category());
    assertEquals("Audience measurement", c.function());
    assertEquals(Party.THIRD_PARTY, c.party());
    assertEquals("P13M", c.duration());
    assertEquals("kapsarc.org", c.domain());
    assertEquals("/explore", c.path());
    assertFalse(c.secure());
    assertFalse(c.httpOnly());
    assertEquals(SameSite.STRICT, c.sameSite());
    assertTrue(c.anonymized());
  }

  /** The builder's defaults are those of {@code @Cookie}: read them from the annotation itself. */
  @Test
  void builderDefaultsAreTheAnnotationDefaults() throws Exception {
    CookieDefinition c = cookie("c").build();

    assertEquals(annotationDefault("function"), c.function());
    assertEquals(annotationDefault("party"), c.party());
    assertEquals(annotationDefault("duration"), c.duration());
    assertEquals(annotationDefault("domain"), c.domain());
    assertEquals(annotationDefault("path"), c.path());
    assertEquals(annotationDefault("secure"), c.secure());
    assertEquals(annotationDefault("httpOnly"), c.httpOnly());
    assertEquals(annotationDefault("sameSite"), c.sameSite());
    assertEquals(annotationDefault("anonymized"), c.anonymized());
  }

  private static Object annotationDefault(String attribute) throws NoSuchMethodException {
    Method method = Cookie.class.getMethod(attribute);
    return method.getDefaultValue();
  }

  /** One change per attribute; each must make the definition unequal to the base one. */
  static Stream<Arguments> singleAttributeChanges() {
    return Stream.of(
        change("provider", b -> b.provider("Google")),
        change("purpose", b -> b.purpose("Another purpose")),
        change("category", b -> b.category(Category.FUNCTIONAL)),
        change("function", b -> b.function("Search")),
        change("party", b -> b.party(Party.THIRD_PARTY)),
        change("duration", b -> b.duration("P1D")),
        change("domain", b -> b.domain("kapsarc.org")),
        change("path", b -> b.path("/api")),
        change("secure", b -> b.secure(false)),
        change("httpOnly", b -> b.httpOnly(false)),
        change("sameSite", b -> b.sameSite(SameSite.STRICT)),
        change("anonymized", b -> b.anonymized(true)));
  }

  private static Arguments change(String attribute, UnaryOperator<CookieDefinition.Builder> c) {
    return Arguments.of(attribute, c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleAttributeChanges")
  void equalsComparesEveryAttribute(String attribute, UnaryOperator<CookieDefinition.Builder> c) {
    CookieDefinition base = cookie("sessionid").build();
    CookieDefinition changed = c.apply(cookie("sessionid")).build();

    assertNotEquals(base, changed, attribute);
    assertNotEquals(changed, base, attribute);
  }

  @Test
  void equalDefinitionsHaveEqualHashCodes() {
    CookieDefinition a = cookie("sessionid").duration("P1D").domain("x.org").build();
    CookieDefinition b = cookie("sessionid").duration("P1D").domain("x.org").build();

    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a);
    assertNotEquals(a, cookie("csrftoken").duration("P1D").domain("x.org").build());
    assertNotEquals(a, null);
    assertNotEquals(a, "sessionid");
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void toStringNamesTheCookie(Category category) {
    String text = cookie("sessionid").category(category).build().toString();

    assertTrue(text.contains("sessionid") && text.contains(category.name()), text);
  }
}
