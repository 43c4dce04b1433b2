package io.github.cookieledger.processor.spanning;

import io.github.cookieledger.processor.testing.Compiled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.Expect;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial recompilation (SPEC §4b): an IDE or javac compiles only the changed files into a class
 * output that holds the earlier build, and nothing is lost. Every partial build is compared with
 * a clean build of the same sources: the two must give the same bytes.
 */
class PartialBuildTest {
  static final String POLICY = "org/example/portal/package-info.java";
  static final String A = "org/example/portal/AuthController.java";
  static final String B = "org/example/portal/LanguageController.java";
  static final String PAGES = "org/example/portal/Pages.java";
  static final String STATS_PACKAGE = "org/example/portal/stats/package-info.java";
  static final String REGISTRY = "org/example/portal/PortalCookies.java";

  @TempDir Path temp;

  private DiskBuild fullBuild(String name) {
    DiskBuild build = DiskBuild.of(temp.resolve(name), "portal");
    Compiled result = build.compileAll(TestCompiler.JAVAC).assertSuccess();
    assertEquals(List.of(), result.warnings(), result.log());
    return build;
  }

  @Test
  void recompilingOnlyBKeepsTheCookiesOfA() throws Exception {
    DiskBuild build = fullBuild("build");
    Map<String, byte[]> before = build.outputs();
    assertTrue(before.containsKey("generated/" + REGISTRY), before.keySet().toString());
    assertTrue(before.containsKey("classes/cookie-policy.md"), before.keySet().toString());

    Compiled partial = build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    assertEquals(List.of(), partial.warnings(), partial.log());
    assertSameBytes(before, build.outputs());
    // Pages was compiled against SESSIONID and CSRFTOKEN (declared in A): it still links
    try (URLClassLoader loader = build.loader()) {
      Object described = loader.loadClass("org.example.portal.Pages").getMethod("describe")
          .invoke(null);
      assertEquals("sessionid,csrftoken,django_language,_pk_id.*.*,6", described);
    }
  }

  @Test
  void thePolicyNotRecompiledKeepsTheRegistryNameAndSite() {
    DiskBuild build = fullBuild("build");
    build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    String json = build.cookiesJson();
    assertTrue(json.contains("\"site\": \"https://datasource.kapsarc.org\""), json);
    assertTrue(json.contains("\"registry\": \"org.example.portal.PortalCookies\""), json);
    assertTrue(Files.exists(build.gen.resolve(REGISTRY)));
    assertFalse(Files.exists(build.gen.resolve("org/example/portal/CookieRegistry.java")));
    assertTrue(build.document("cookie-policy.md").contains("datasource.kapsarc.org"));
  }

  @Test
  void thePolicyIsReadAgainFromItsClassFile() throws Exception {
    DiskBuild build = fullBuild("build");
    Path json = build.out.resolve("META-INF/cookies/cookies.json");
    Files.writeString(json, Files.readString(json).replace("https://datasource.kapsarc.org",
        "https://stale.example.org"));

    build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    // package-info.class still declares the policy: it wins over the remembered copy
    assertTrue(build.cookiesJson().contains("\"site\": \"https://datasource.kapsarc.org\""),
        build.cookiesJson());
  }

  @Test
  void aPolicyThatCannotBeFoundIsTakenFromThePreviousFile() {
    DiskBuild build = fullBuild("build");
    build.deleteType(POLICY);

    Compiled partial = build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    // nothing lost: only a full build forgets a deleted @CookiePolicy
    assertEquals(List.of(), partial.warnings(), partial.log());
    String json = build.cookiesJson();
    assertTrue(json.contains("\"site\": \"https://datasource.kapsarc.org\""), json);
    assertTrue(json.contains("\"registry\": \"org.example.portal.PortalCookies\""), json);
  }

  @Test
  void recompilingOnlyTheFilesWithoutCookiesChangesNothing() {
    DiskBuild build = fullBuild("build");
    Map<String, byte[]> before = build.outputs();

    build.compile(TestCompiler.JAVAC, List.of(PAGES)).assertSuccess();
    assertSameBytes(before, build.outputs());

    build.compile(TestCompiler.JAVAC, List.of(POLICY)).assertSuccess();
    assertSameBytes(before, build.outputs());
  }

  @Test
  void recompilingEverythingOverThePreviousBuildDuplicatesNothing() {
    DiskBuild build = fullBuild("build");
    Map<String, byte[]> before = build.outputs();

    build.compileAll(TestCompiler.JAVAC).assertSuccess();

    assertSameBytes(before, build.outputs());
  }

  @Test
  void aDeletedTypesCookiesGo() {
    DiskBuild build = fullBuild("build");
    build.deleteType(A);
    build.deleteType(PAGES); // it uses A's constants: it would be deleted or changed too

    Compiled partial = build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    String json = build.cookiesJson();
    assertFalse(json.contains("\"sessionid\""), json);
    assertFalse(json.contains("\"csrftoken\""), json);
    assertFalse(build.generated(REGISTRY).contains("SESSIONID"));
    assertTrue(json.contains("\"cookies_preferences\""), json);
    // issue 10.3: what the previous file listed and no class file declares is named once
    assertEquals(1, partial.warnings().size(), partial.log());
    assertTrue(partial.warnings().get(0).startsWith("[cookie-previous]"), partial.log());

    DiskBuild clean = DiskBuild.of(temp.resolve("clean"), "portal");
    clean.deleteType(A);
    clean.deleteType(PAGES);
    clean.compileAll(TestCompiler.JAVAC).assertSuccess();
    assertSameBytes(clean.outputs(), build.outputs());
  }

  @Test
  void aChangedCookieInBChanges() {
    DiskBuild build = fullBuild("build");
    build.edit(B, "To remember the visitor's language", "To show the portal in the visitor's language");
    build.edit(B, "duration = \"P1Y\"", "duration = \"P6M\"");

    build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    String json = build.cookiesJson();
    assertTrue(json.contains("To show the portal in the visitor's language"), json);
    assertFalse(json.contains("To remember the visitor's language"), json);
    assertTrue(build.document("cookie-policy.md").contains("6 months"),
        build.document("cookie-policy.md"));

    DiskBuild clean = DiskBuild.of(temp.resolve("clean"), "portal");
    clean.edit(B, "To remember the visitor's language", "To show the portal in the visitor's language");
    clean.edit(B, "duration = \"P1Y\"", "duration = \"P6M\"");
    clean.compileAll(TestCompiler.JAVAC).assertSuccess();
    assertSameBytes(clean.outputs(), build.outputs());
  }

  @Test
  void aCookieRemovedFromARecompiledTypeGoes() {
    DiskBuild build = fullBuild("build");
    String plain = "package org.example.portal;\n\npublic class LanguageController {}\n";
    build.write(B, plain);

    build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    String json = build.cookiesJson();
    assertFalse(json.contains("django_language"), json);
    assertTrue(json.contains("\"sessionid\""), json);

    DiskBuild clean = DiskBuild.of(temp.resolve("clean"), "portal");
    clean.write(B, plain);
    clean.deleteType(PAGES); // it uses DJANGO_LANGUAGE, which a clean build no longer has
    clean.compileAll(TestCompiler.JAVAC).assertSuccess();
    assertSameBytes(clean.outputs(), build.outputs());
  }

  @Test
  void aCookieMovedFromOneTypeToAnotherFollowsIt() {
    DiskBuild build = fullBuild("build");
    build.write("org/example/portal/ConsentBanner.java",
        "package org.example.portal;\n\npublic class ConsentBanner {}\n");
    build.edit(B, "public class LanguageController {", "public class LanguageController {\n"
        + "  @Cookie(\n"
        + "      name = \"cookies_preferences\",\n"
        + "      provider = \"Opendatasoft\",\n"
        + "      function = \"Choices related to your cookie preferences\",\n"
        + "      purpose = \"To remember the visitor's cookie preferences\",\n"
        + "      category = Category.NECESSARY,\n"
        + "      duration = \"P6M\",\n"
        + "      httpOnly = false)\n"
        + "  public static final String PREFERENCES = \"cookies_preferences\";\n");

    build.compile(TestCompiler.JAVAC, List.of(B, "org/example/portal/ConsentBanner.java"))
        .assertSuccess();

    String json = build.cookiesJson();
    assertTrue(json.contains("\"org.example.portal.LanguageController#PREFERENCES\""), json);
    assertFalse(json.contains("\"org.example.portal.ConsentBanner\""), json);
  }

  @Test
  void aRecompiledTypeThatContradictsARememberedOneIsAnError() {
    DiskBuild build = fullBuild("build");
    build.edit(B, "public class LanguageController {", "public class LanguageController {\n"
        + "  @Cookie(name = \"sessionid\", provider = \"Opendatasoft\",\n"
        + "      purpose = \"To know who is logged in\", category = Category.NECESSARY)\n"
        + "  static final String SESSION = \"sessionid\";\n");
    String json = build.cookiesJson();

    Compiled partial = build.compile(TestCompiler.JAVAC, List.of(B));

    // as in a full build: an error on each side, naming the other
    assertFalse(partial.success());
    List<String> errors = partial.errors();
    assertEquals(3, errors.size(), partial.log());
    assertTrue(errors.stream().allMatch(e -> Expect.is(e, Message.DUPLICATE, "sessionid")),
        partial.log());
    assertTrue(errors.stream().anyMatch(e -> e.contains("also declared by"
        + " org.example.portal.AuthController#login(java.lang.String,char[],java.util.Map)")),
        partial.log());
    assertTrue(errors.stream().anyMatch(e -> e.contains("also declared by"
        + " org.example.portal.LanguageController#SESSION")), partial.log());
    assertEquals(json, build.cookiesJson(), "no documents from a failed build");
  }

  @Test
  void aPackagesCookiesSurviveChangeAndGoWithIt() {
    DiskBuild build = fullBuild("build");
    build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();
    assertTrue(build.cookiesJson().contains("\"org.example.portal.stats\""), build.cookiesJson());

    build.edit(STATS_PACKAGE, "To group the pages of one visit", "To tell one visit from the next");
    build.compile(TestCompiler.JAVAC, List.of(STATS_PACKAGE)).assertSuccess();
    assertTrue(build.cookiesJson().contains("To tell one visit from the next"), build.cookiesJson());

    build.deleteType(STATS_PACKAGE);
    build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();
    assertFalse(build.cookiesJson().contains("_pk_ses"), build.cookiesJson());
    assertTrue(build.cookiesJson().contains("_pk_id"), build.cookiesJson());
  }

  @Test
  void aCorruptPreviousFileIsIgnoredWithAWarning() throws Exception {
    for (String previous : List.of("{ not json", "[1, 2]", "{\"format\": 2, \"cookies\": []}",
        "{\"format\": 1, \"site\": null, \"registry\": \"x.R\", \"includes\": []}",
        "{\"format\": 1, \"site\": null, \"registry\": \"x.R\", \"includes\": [],"
            + " \"cookies\": [{\"name\": \"a\"}]}",
        "{\"format\": 1, \"site\": 3, \"registry\": \"x.R\", \"includes\": [], \"cookies\": []}",
        "")) {
      DiskBuild build = DiskBuild.of(temp.resolve("build" + previous.hashCode()), "portal");
      Files.createDirectories(build.out.resolve("META-INF/cookies"));
      Files.writeString(build.out.resolve("META-INF/cookies/cookies.json"), previous,
          StandardCharsets.UTF_8);

      Compiled result = build.compileAll(TestCompiler.JAVAC).assertSuccess();

      List<String> warnings = result.warnings().stream()
          .filter(w -> w.startsWith("[cookie-previous]")).collect(Collectors.toList());
      assertEquals(1, warnings.size(), previous + "\n" + result.log());
      assertTrue(warnings.get(0).contains("run a full build"), warnings.get(0));
      // the full build still writes the whole policy over it
      assertTrue(build.cookiesJson().contains("\"sessionid\""), build.cookiesJson());
    }
  }

  static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet(), "generated files");
    for (String file : expected.keySet()) {
      assertEquals(new String(expected.get(file), StandardCharsets.UTF_8),
          new String(actual.get(file), StandardCharsets.UTF_8), file);
    }
  }
}
