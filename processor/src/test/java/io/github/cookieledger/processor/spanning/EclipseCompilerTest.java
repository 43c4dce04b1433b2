package io.github.cookieledger.processor.spanning;

import io.github.cookieledger.processor.testing.Compiled;
import static io.github.cookieledger.processor.spanning.PartialBuildTest.B;
import static io.github.cookieledger.processor.spanning.PartialBuildTest.assertSameBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.processor.CookieProcessor;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.Expect;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Eclipse compiler (ECJ, as in Eclipse and VS Code) runs the processor through {@code
 * javax.tools} on real files: its outputs must be byte-identical to javac's, although it hands the
 * processor elements in another order.
 */
class EclipseCompilerTest {
  static final String REGISTRY_CLASS = "org.example.portal.PortalCookies";

  @TempDir Path temp;

  @Test
  void ecjWritesTheSameFilesAsJavac() throws Exception {
    DiskBuild javac = DiskBuild.of(temp.resolve("javac"), "portal");
    javac.compileAll(TestCompiler.JAVAC).assertSuccess();
    DiskBuild ecj = DiskBuild.of(temp.resolve("ecj"), "portal");
    Compiled result = ecj.compileAll(TestCompiler.ECJ).assertSuccess();

    assertTrue(result.warnings().stream().noneMatch(w -> w.contains("[cookie-")), result.log());
    assertSameBytes(javac.outputs(), ecj.outputs());
    assertSameRegistry(javac, ecj);
  }

  @Test
  void ecjCompilesTheSampleAppLikeJavac() throws Exception {
    // processor/target/classes → the repository → sample-app
    Path sample = TestCompiler.codeSource(CookieProcessor.class).getParent().getParent().getParent()
        .resolve("sample-app/src/main");
    Assumptions.assumeTrue(Files.isDirectory(sample.resolve("java")),
        "no sample app sources at " + sample + ": its ECJ comparison is skipped");
    // the sample's own compiler arguments (sample-app/pom.xml)
    String[] options = {"-Acookieledger.undeclared=error", "-Acookieledger.scanUnavailable=note",
        "-Acookieledger.translations=" + sample.resolve("cookies")};
    DiskBuild javac = DiskBuild.ofFolder(temp.resolve("javac"), sample.resolve("java"));
    javac.compileAll(TestCompiler.JAVAC, options).assertSuccess();
    DiskBuild ecj = DiskBuild.ofFolder(temp.resolve("ecj"), sample.resolve("java"));
    // the scan is a gate there (undeclared=error) that ECJ cannot run: an IDE build accepts that
    ecj.compileAll(TestCompiler.ECJ, append(options, "-Acookieledger.scanUnavailable=note"))
        .assertSuccess();

    Map<String, byte[]> outputs = javac.outputs();
    assertTrue(outputs.keySet().stream().anyMatch(f -> f.endsWith("_fr.md")), outputs.keySet()
        .toString());
    assertSameBytes(outputs, ecj.outputs());
    try (URLClassLoader javacLoader = javac.loader(); URLClassLoader ecjLoader = ecj.loader()) {
      Class<?> javacRegistry = javacLoader.loadClass("org.example.portal.CookieRegistry");
      Class<?> ecjRegistry = ecjLoader.loadClass("org.example.portal.CookieRegistry");
      Object all = javacRegistry.getMethod("all").invoke(null);
      assertTrue(((List<?>) all).size() >= 4, all.toString());
      assertEquals(all, ecjRegistry.getMethod("all").invoke(null));
      for (Object cookie : (List<?>) all) {
        String name = ((CookieDefinition) cookie).name().replace("*", "x1");
        assertEquals(javacRegistry.getMethod("find", String.class).invoke(null, name),
            ecjRegistry.getMethod("find", String.class).invoke(null, name), name);
      }
    }
  }

  @Test
  void allFilesOnlyBAndEcjGiveTheSameCookiesJson() {
    DiskBuild all = DiskBuild.of(temp.resolve("all"), "portal");
    all.compileAll(TestCompiler.JAVAC).assertSuccess();
    DiskBuild onlyB = DiskBuild.of(temp.resolve("onlyB"), "portal");
    onlyB.compileAll(TestCompiler.JAVAC).assertSuccess();
    onlyB.compile(TestCompiler.JAVAC, List.of(B)).assertSuccess();
    DiskBuild ecj = DiskBuild.of(temp.resolve("ecj"), "portal");
    ecj.compileAll(TestCompiler.ECJ).assertSuccess();

    assertEquals(all.cookiesJson(), onlyB.cookiesJson(), "javac, only B recompiled");
    assertEquals(all.cookiesJson(), ecj.cookiesJson(), "ECJ");
  }

  @Test
  void ecjRecompilingOnlyBLosesNothing() throws Exception {
    // a javac (Maven) build first, then batch ECJ compiles one file with the classes on its path
    DiskBuild build = DiskBuild.of(temp.resolve("build"), "portal");
    build.compileAll(TestCompiler.JAVAC).assertSuccess();
    Map<String, byte[]> before = build.outputs();

    build.compile(TestCompiler.ECJ, List.of(B)).assertSuccess();
    assertSameBytes(before, build.outputs());
  }

  @Test
  void ecjThatCannotReplaceAChangedRegistrySaysHowToFixIt() throws Exception {
    DiskBuild build = DiskBuild.of(temp.resolve("build"), "portal");
    build.compileAll(TestCompiler.JAVAC).assertSuccess();
    String json = build.cookiesJson();
    build.edit(B, "To remember the visitor's language", "To speak the visitor's language");

    // batch ECJ refuses to generate a class that is on the class path already
    Compiled refused = build.compile(TestCompiler.ECJ, List.of(B));
    assertEquals(1, refused.errors().size(), refused.log());
    assertTrue(Expect.is(refused.errors().get(0), Message.OUTPUT_REGISTRY_REFUSED,
        "org.example.portal.PortalCookies", null, "PortalCookies", "PortalCookies"), refused.log());
    assertEquals(json, build.cookiesJson(), "no documents from a failed build");

    // doing what it says works, and still loses nothing
    Files.delete(build.gen.resolve("org/example/portal/PortalCookies.java"));
    Files.delete(build.gen.resolve("org/example/portal/PortalCookies_Table.java"));
    try (Stream<Path> files = Files.list(build.out.resolve("org/example/portal"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("PortalCookies"))
          .collect(Collectors.toList())) {
        Files.delete(file);
      }
    }
    build.compile(TestCompiler.ECJ, List.of(B)).assertSuccess();
    assertTrue(build.cookiesJson().contains("To speak the visitor's language"));
    assertTrue(build.cookiesJson().contains("\"sessionid\""));
  }

  @Test
  void ecjReadsALibrarysRegistryLikeJavac() {
    DiskBuild library = DiskBuild.of(temp.resolve("widgets"), "widgets");
    library.compileAll(TestCompiler.ECJ).assertSuccess();
    DiskBuild javacApp = DiskBuild.of(temp.resolve("javacApp"), "app").withClassPath(library.out);
    javacApp.compileAll(TestCompiler.JAVAC).assertSuccess();
    DiskBuild ecjApp = DiskBuild.of(temp.resolve("ecjApp"), "app").withClassPath(library.out);
    ecjApp.compileAll(TestCompiler.ECJ).assertSuccess();

    assertTrue(javacApp.cookiesJson().contains("widget_state"), javacApp.cookiesJson());
    assertSameBytes(javacApp.outputs(), ecjApp.outputs());
  }

  @Test
  void ecjReportsAProblemBesideAnEmptyArrayOnTheDeclaration() {
    // found by FuzzTest: ECJ's Messager threw while it searched an annotation holding {}
    DiskBuild build = new DiskBuild(temp.resolve("build"));
    build.write("fz/C0.java", String.join("\n",
        "package fz;",
        "import io.github.cookieledger.*;",
        "@CookiePolicy(site = \"https://example.com\", consentCookie = \"sid\", includes = {})",
        "@Cookie(name = \"prefs\", provider = \"Example\", purpose = \"To remember a choice\",",
        "    category = Category.NECESSARY)",
        "@Cookie(name = \"bad name\", provider = \"Example\", purpose = \"To count visits\",",
        "    category = Category.STATISTICS)",
        "class C0 {}",
        ""));

    Compiled result = build.compileAll(TestCompiler.ECJ);

    assertTrue(result.log().lines().noneMatch(line -> line.contains("[cookie-internal]")),
        result.log());
    assertEquals(2, result.errors().size(), result.log());
    assertTrue(result.log().contains("fz/C0.java:3 [cookie-policy] consentCookie = \"sid\""),
        result.log());
    // ECJ cannot find the repeated annotation here: the class's line is the nearest it gives
    assertTrue(result.log().contains("fz/C0.java:8 [cookie-name] cookie name \"bad name\""),
        result.log());
  }

  private static void assertSameRegistry(DiskBuild javac, DiskBuild ecj) throws Exception {
    try (URLClassLoader javacLoader = javac.loader(); URLClassLoader ecjLoader = ecj.loader()) {
      Class<?> javacRegistry = javacLoader.loadClass(REGISTRY_CLASS);
      Class<?> ecjRegistry = ecjLoader.loadClass(REGISTRY_CLASS);
      assertEquals(javacRegistry.getMethod("all").invoke(null),
          ecjRegistry.getMethod("all").invoke(null));
      assertEquals(javacRegistry.getField("REVISION").get(null),
          ecjRegistry.getField("REVISION").get(null));
      List<String> probes = new ArrayList<>(List.of("sessionid", "_pk_id.1.2", "_pk_ses.9.abc",
          "unknown", "django_language"));
      for (String name : probes) {
        Optional<?> fromJavac = (Optional<?>) javacRegistry.getMethod("find", String.class)
            .invoke(null, name);
        Optional<?> fromEcj = (Optional<?>) ecjRegistry.getMethod("find", String.class)
            .invoke(null, name);
        assertEquals(fromJavac.map(c -> ((CookieDefinition) c).name()),
            fromEcj.map(c -> ((CookieDefinition) c).name()), name);
      }
      assertEquals(6, ((List<?>) ecjRegistry.getMethod("all").invoke(null)).size());
    }
  }

  private static String[] append(String[] options, String more) {
    String[] all = java.util.Arrays.copyOf(options, options.length + 1);
    all[options.length] = more;
    return all;
  }
}
