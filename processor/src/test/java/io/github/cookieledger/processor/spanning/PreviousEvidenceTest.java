package io.github.cookieledger.processor.spanning;

import io.github.cookieledger.processor.testing.Compiled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10.3: the previous build's {@code cookies.json} is evidence, not truth. A partial build
 * carries a remembered cookie over only while a class file still declares it; a registry name from
 * the file is checked as one from {@code @CookiePolicy}; what is dropped is named in one warning.
 */
class PreviousEvidenceTest {
  static final String B = "org/example/portal/LanguageController.java";

  @TempDir Path temp;

  private DiskBuild fullBuild() {
    DiskBuild build = DiskBuild.of(temp.resolve("build"), "portal");
    build.compileAll(TestCompiler.JAVAC).assertSuccess();
    return build;
  }

  /** Adds a cookie to the previous file, claimed by {@code declaredBy}. */
  private static void smuggle(DiskBuild build, String name, String declaredBy) throws Exception {
    Path file = build.out.resolve("META-INF/cookies/cookies.json");
    JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    JsonArray cookies = json.getAsJsonArray("cookies");
    JsonObject copy = cookies.get(0).getAsJsonObject().deepCopy();
    copy.addProperty("name", name);
    copy.addProperty("constant", "SMUGGLED");
    copy.addProperty("category", "NECESSARY");
    JsonArray by = new JsonArray();
    by.add(new JsonPrimitive(declaredBy));
    copy.add("declaredBy", by);
    cookies.add(copy);
    Files.writeString(file, json.toString());
  }

  private static List<String> previousWarnings(Compiled result) {
    return result.warnings().stream().filter(w -> w.startsWith("[cookie-previous]"))
        .collect(Collectors.toList());
  }

  @Test
  void aCookieClaimedByAnExistingTypeThatDoesNotDeclareItIsDropped() throws Exception {
    DiskBuild build = fullBuild();
    smuggle(build, "tracker", "org.example.portal.Pages");
    smuggle(build, "evil", "java.lang.Object");
    smuggle(build, "ghost", "org.example.portal.AuthController#missing()");

    Compiled partial = build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    String json = build.cookiesJson();
    assertFalse(json.contains("\"tracker\""), json);
    assertFalse(json.contains("\"evil\""), json);
    assertFalse(json.contains("\"ghost\""), json);
    assertTrue(json.contains("\"sessionid\""), json); // the real ones still stand
    List<String> warnings = previousWarnings(partial);
    assertEquals(1, warnings.size(), partial.log());
    String warning = warnings.get(0);
    assertTrue(warning.contains("\"tracker\" (org.example.portal.Pages no longer declares it"),
        warning);
    assertTrue(warning.contains("\"evil\" (java.lang.Object no longer declares it"), warning);
    assertTrue(warning.contains("\"ghost\" (org.example.portal.AuthController no longer has"
        + " missing())"), warning);
  }

  @Test
  void theClassFilesDeclarationWinsOverTheRememberedText() throws Exception {
    DiskBuild build = fullBuild();
    Path file = build.out.resolve("META-INF/cookies/cookies.json");
    Files.writeString(file, Files.readString(file).replace(
        "To remember the user from one page to another", "Forged purpose"));

    build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    assertFalse(build.cookiesJson().contains("Forged purpose"), build.cookiesJson());
    assertTrue(build.cookiesJson().contains("To remember the user from one page to another"));
  }

  @Test
  void aDeletedTypesCookiesAreDroppedWithOneWarning() {
    DiskBuild build = fullBuild();
    build.deleteType("org/example/portal/AuthController.java");
    build.deleteType("org/example/portal/Pages.java");

    Compiled partial = build.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();

    List<String> warnings = previousWarnings(partial);
    assertEquals(1, warnings.size(), partial.log());
    assertTrue(warnings.get(0).contains("\"sessionid\" (its declaring type"
        + " org.example.portal.AuthController no longer exists)"), warnings.get(0));
  }

  @Test
  void aRegistryNameInTheJdksPackagesIsRefused() throws Exception {
    for (String registry : List.of("java.lang.String", "javax.Cookies", "a.b-c.R", "a.class.R")) {
      DiskBuild build = DiskBuild.of(temp.resolve("r" + registry.hashCode()), "portal");
      build.compileAll(TestCompiler.JAVAC).assertSuccess();
      Path file = build.out.resolve("META-INF/cookies/cookies.json");
      Files.writeString(file, Files.readString(file).replace(
          "\"org.example.portal.PortalCookies\"", "\"" + registry + "\""));

      Compiled partial = build.compile(TestCompiler.JAVAC, List.of(B));

      List<String> warnings = previousWarnings(partial);
      assertEquals(1, warnings.size(), partial.log());
      assertTrue(warnings.get(0).contains("\"registry\" names \"" + registry + "\""),
          warnings.get(0));
      assertFalse(Files.exists(build.gen.resolve(registry.replace('.', '/') + ".java")));
      assertTrue(partial.log().lines().noneMatch(line -> line.contains("[cookie-internal]")),
          partial.log());
    }
  }
}
