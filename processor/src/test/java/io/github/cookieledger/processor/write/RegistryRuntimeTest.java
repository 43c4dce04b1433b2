package io.github.cookieledger.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.SameSite;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.LoadedRegistry;
import io.github.cookieledger.processor.testing.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated registry compiled with javac, loaded and called: {@code all()}, {@code find()},
 * {@code byCategory()}, the constants and {@code REVISION} (SPEC §4).
 */
class RegistryRuntimeTest {
  @TempDir static Path temp;
  private static Compiled output;
  private static LoadedRegistry registry;

  private static final List<String> COOKIES = List.of(
      "name = \"sessionid\"\nfunction = \"Authentication\"",
      "name = \"csrftoken\"\nhttpOnly = false\nsameSite = SameSite.STRICT",
      "name = \"django_language\"\ncategory = Category.FUNCTIONAL\nduration = \"P1Y\"",
      "name = \"_pk_id.*\"\nconstant = \"PK_ID\"\ncategory = Category.STATISTICS"
          + "\nanonymized = true\nduration = \"P13M\"",
      "name = \"_pk_*\"\nconstant = \"PK_ANY\"\ncategory = Category.STATISTICS\nduration = \"PT30M\"",
      "name = \"_ga\"\ncategory = Category.MARKETING\nparty = Party.THIRD_PARTY\nprovider = \"Google\"",
      "name = \"_ga_*\"\nconstant = \"GA_PROPERTY\"\ncategory = Category.MARKETING",
      "name = \"_ga_legacy\"\ncategory = Category.MARKETING",
      "name = \"x_*\"\nconstant = \"X_ANY\"\ncategory = Category.MARKETING",
      "name = \"*_y\"\nconstant = \"ANY_Y\"\ncategory = Category.MARKETING");
  private static final Source SITE = site(COOKIES);

  /** A user class compiled against the registry in the same build. */
  private static final Source USE = Source.of("com.example.Use",
      "package com.example;",
      "public class Use {",
      "  public static String revision() { return CookieRegistry.REVISION; }",
      "}");

  @BeforeAll
  static void compileAndLoad() {
    output = TestCompiler.JAVAC.compileOnDisk(temp, SITE, USE);
    assertTrue(output.success(), output::log);
    registry = new LoadedRegistry(output.classes(), "com.example.CookieRegistry");
  }

  @AfterAll
  static void close() {
    registry.close();
  }

  private static List<String> names(List<CookieDefinition> cookies) {
    return cookies.stream().map(CookieDefinition::name).toList();
  }

  private static String found(String name) {
    return registry.find(name).map(CookieDefinition::name).orElse(null);
  }

  @Test
  void allIsInCategoryOrderThenByName() {
    assertEquals(List.of("csrftoken", "sessionid", "django_language", "_pk_*", "_pk_id.*", "*_y",
        "_ga", "_ga_*", "_ga_legacy", "x_*"), names(registry.all()));
  }

  @Test
  void allIsImmutable() {
    List<CookieDefinition> all = registry.all();
    assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
    assertThrows(UnsupportedOperationException.class,
        () -> registry.byCategory(Category.MARKETING).clear());
  }

  @Test
  void findPrefersTheExactName() {
    assertEquals("sessionid", found("sessionid"));
    assertEquals("_ga_legacy", found("_ga_legacy"), "exact name before the _ga_* pattern");
    assertEquals("_ga", found("_ga"));
  }

  @Test
  void findMatchesPatterns() {
    assertEquals("_ga_*", found("_ga_ABC123"));
    assertEquals("_ga_*", found("_ga_a.b"), "* covers dots too");
    assertEquals("_pk_*", found("_pk_ses.1.abc"));
    assertEquals(null, found("_ga_"), "* stands for at least one character");
    assertEquals(null, found("unknown"));
    assertEquals(null, found("SESSIONID"), "names are case-sensitive");
  }

  @Test
  void findPrefersTheLongestLiteralText() {
    assertEquals("_pk_id.*", found("_pk_id.1.abc"), "_pk_id.* has 7 literal characters, _pk_* 4");
  }

  @Test
  void findBreaksTiesByName() {
    // x_* and *_y both match and both have 2 literal characters: "*_y" sorts first
    assertEquals("*_y", found("x_q_y"));
    assertEquals("x_*", found("x_q"));
  }

  @Test
  void byCategoryListsOneCategoryByName() {
    assertEquals(List.of("csrftoken", "sessionid"), names(registry.byCategory(Category.NECESSARY)));
    assertEquals(List.of("django_language"), names(registry.byCategory(Category.FUNCTIONAL)));
    assertEquals(List.of("_pk_*", "_pk_id.*"), names(registry.byCategory(Category.STATISTICS)));
    assertEquals(List.of("*_y", "_ga", "_ga_*", "_ga_legacy", "x_*"),
        names(registry.byCategory(Category.MARKETING)));
  }

  @Test
  void constantsCarryEveryAttribute() {
    CookieDefinition csrf = (CookieDefinition) registry.field("CSRFTOKEN");
    assertEquals("csrftoken", csrf.name());
    assertEquals("Opendatasoft", csrf.provider());
    assertEquals(Category.NECESSARY, csrf.category());
    assertFalse(csrf.httpOnly());
    assertEquals(SameSite.STRICT, csrf.sameSite());
    assertFalse(csrf.requiresConsent());
    assertEquals(Optional.empty(), csrf.maxAge());

    CookieDefinition ga = (CookieDefinition) registry.field("_GA");
    assertEquals("Google", ga.provider());
    assertTrue(ga.requiresConsent());
    CookieDefinition pk = (CookieDefinition) registry.field("PK_ID");
    assertTrue(pk.isPattern());
    assertFalse(pk.requiresConsent(), "anonymized statistics need no consent");
    assertEquals(Optional.of(Duration.ofDays(390)), pk.maxAge());
    assertSame(registry.find("_pk_id.7").orElseThrow(), pk);
  }

  @Test
  void revisionIsEightHexDigitsAndTheOneInCookiesJson() {
    String revision = (String) registry.field("REVISION");
    assertTrue(revision.matches("[0-9a-f]{8}"), revision);
    String json = output.resource(Compile.JSON).orElseThrow();
    assertEquals(revision,
        JsonParser.parseString(json).getAsJsonObject().get("revision").getAsString());
  }

  @Test
  void revisionIsReadAtRunTimeNotInlined() throws Exception {
    String revision = (String) registry.field("REVISION");
    Class<?> use = registry.load("com.example.Use");
    assertEquals(revision, use.getMethod("revision").invoke(null));
    // A compile-time constant would be copied into Use.class as a string; a field read leaves
    // a reference to CookieRegistry.REVISION there instead.
    String useClass = new String(Files.readAllBytes(output.classes().resolve("com/example/Use.class")),
        StandardCharsets.ISO_8859_1);
    assertTrue(useClass.contains("REVISION"), "Use.class reads the field");
    assertFalse(useClass.contains(revision), "Use.class holds a copy of the revision");
  }

  @Test
  void revisionChangesWithWhatAVisitorConsentsTo() {
    String base = revision(SITE);
    assertEquals(base, revision(SITE), "the same declarations give the same revision");
    assertNotEquals(base, revision(replace(SITE, "name = \"_ga_legacy\"",
        "name = \"_ga_legacy\"\npurpose = \"To measure audiences\"")), "purpose of a consent cookie");
    assertNotEquals(base, revision(replace(SITE, "duration = \"PT30M\"", "duration = \"PT31M\"")),
        "duration of a consent cookie");
    assertNotEquals(base, revision(replace(SITE, "name = \"_ga_legacy\"", "name = \"_ga_old\"")),
        "a consent cookie renamed");
  }

  @Test
  void revisionStaysWhenOnlyCookiesWithoutConsentChange() {
    String base = revision(SITE);
    assertEquals(base, revision(replace(SITE, "name = \"sessionid\"",
        "name = \"sessionid\"\npurpose = \"Another text\"\nduration = \"P1D\"")),
        "a necessary cookie changed");
    assertEquals(base, revision(replace(SITE, "constant = \"PK_ID\"",
        "constant = \"PK_ID\"\npurpose = \"Reworded\"")), "an anonymized statistics cookie changed");
    assertEquals(base, revision(replace(SITE, "httpOnly = false", "httpOnly = true")),
        "an attribute a visitor does not consent to");
  }

  private static Source site(List<String> cookies) {
    return Source.cookies("com.example.Site", cookies.toArray(new String[0]));
  }

  /** The site with one attribute text of one cookie replaced. */
  private static Source replace(Source site, String from, String to) {
    assertTrue(COOKIES.stream().filter(c -> c.contains(from)).count() == 1, from);
    return site(COOKIES.stream().map(c -> c.replace(from, to)).toList());
  }

  private static String revision(Source source) {
    String json = Compile.resource(Compile.sources(source), Compile.JSON).orElseThrow();
    return JsonParser.parseString(json).getAsJsonObject().get("revision").getAsString();
  }
}
