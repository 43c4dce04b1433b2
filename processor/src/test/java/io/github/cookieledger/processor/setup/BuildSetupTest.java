package io.github.cookieledger.processor.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build set-ups that used to lose declarations in silence (kapt, mixed Kotlin modules, the
 * processor run twice), each simulated the way the compiler presents it to the processor; the
 * real Kotlin builds are in kotlin-it/.
 */
class BuildSetupTest {
  private static final String KAPT = "kapt.kotlin.generated=/work/shop/target/generated-sources/kaptKotlin";

  private static final Source CART = Source.of("org.example.shop.Cart",
      "package org.example.shop;",
      "import io.github.cookieledger.*;",
      "@Cookie(name = \"cart_id\", provider = \"Example Shop\", purpose = \"To keep the basket\",",
      "    category = Category.NECESSARY)",
      "public class Cart {}");

  @TempDir Path temp;

  @Test
  void underKaptDeclarationsWithoutAPolicyGetAWarningAboutFileAnnotations() {
    Compilation compilation = Compile.with(List.of(KAPT), CART);

    assertTrue(warnings(compilation).stream().anyMatch(
        w -> Expect.is(w, Message.KAPT_NO_POLICY, "org.example.shop.CookieRegistry")),
        Compile.diagnostics(compilation));
  }

  @Test
  void underKaptANamedRegistryOrAPolicySaysNothing() {
    Source policy = Source.of("org.example.shop.package-info",
        "@io.github.cookieledger.CookiePolicy(site = \"https://shop.example.org\")",
        "package org.example.shop;");

    assertTrue(warnings(Compile.with(List.of(KAPT, "cookieledger.registry=org.example.shop.Cookies"),
        CART)).isEmpty());
    assertTrue(warnings(Compile.with(List.of(KAPT), CART, policy)).isEmpty());
  }

  @Test
  void underKaptTheScanSaysOnceThatItDoesNotRun() {
    Source tracker = Source.of("org.example.shop.Tracker",
        "package org.example.shop;",
        "public class Tracker {",
        "  java.net.HttpCookie cookie() { return new java.net.HttpCookie(\"tracker\", \"1\"); }",
        "}");

    Compilation compilation = Compile.with(List.of(KAPT, "cookieledger.registry=org.example.shop.Cookies"),
        CART, tracker);

    List<String> notes = compilation.notes().stream().map(d -> d.getMessage(null)).toList();
    assertEquals(1, notes.stream().filter(n -> Expect.is(n, Message.SCAN_SKIPPED, Kapt.ENVIRONMENT,
        Kapt.NO_ANALYSIS)).count(), Compile.diagnostics(compilation));
    assertTrue(warnings(compilation).isEmpty(), Compile.diagnostics(compilation));
  }

  @Test
  void underKaptAClosedGateFailsTheBuildUnlessTheGapIsAccepted() {
    List<String> gate = List.of(KAPT, "cookieledger.registry=org.example.shop.Cookies",
        "cookieledger.undeclared=error");

    Compilation closed = Compile.with(gate, CART);
    assertEquals(1, closed.errors().stream().map(d -> d.getMessage(null))
        .filter(e -> Expect.is(e, Message.SCAN_UNAVAILABLE, Kapt.ENVIRONMENT, Kapt.NO_ANALYSIS))
        .count(), Compile.diagnostics(closed));

    List<String> accepted = new java.util.ArrayList<>(gate);
    accepted.add("cookieledger.scanUnavailable=note");
    Compilation open = Compile.with(accepted, CART);
    assertTrue(open.errors().isEmpty(), Compile.diagnostics(open));
    assertEquals(1, open.notes().stream().map(d -> d.getMessage(null))
        .filter(n -> Expect.is(n, Message.SCAN_SKIPPED, Kapt.ENVIRONMENT)).count());
  }

  @Test
  void plainJavacWithoutAPolicySaysNothing() {
    Expect.clean(Compile.sources(CART));
  }

  @Test
  void kotlinFilesDeclaringCookiesBesideJavacsSourcesGetAWarningNamingThem() throws IOException {
    Path kotlin = temp.resolve("kotlin/org/example/shop/Prefs.kt");
    Files.createDirectories(kotlin.getParent());
    Files.writeString(kotlin, "package org.example.shop\nimport io.github.cookieledger.Cookie\n"
        + "@Cookie(name = \"prefs\") class Prefs\n");

    Compiled output = TestCompiler.JAVAC.compileOnDisk(temp, CART);

    assertTrue(output.success(), output.log());
    List<String> warnings = output.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING).map(d -> d.getMessage(null)).toList();
    assertEquals(1, warnings.size(), output.log());
    assertTrue(Expect.is(warnings.get(0), Message.KOTLIN_NOT_PROCESSED, 1, kotlin.toString()),
        warnings.get(0));
  }

  @Test
  void aRegistryKaptGeneratedFailsWithTheSecondRunNotAPreviousBuild() {
    // javac compiles kapt's output folder as a source folder: the registry is one of its inputs
    Path kaptOutput = temp.resolve("shop/target/generated-sources/kapt");
    Source registry = Source.of("org.example.shop.CookieRegistry",
        "package org.example.shop;",
        "@io.github.cookieledger.GeneratedRegistry(table = {})",
        "public final class CookieRegistry {}");

    Compiled output = TestCompiler.JAVAC.compileOnDisk(kaptOutput, CART, registry);

    assertFalse(output.success());
    assertEquals(1, output.errors().size(), output.log());
    assertTrue(Expect.is(output.errors().get(0), Message.OUTPUT_REGISTRY_SECOND_RUN,
        "org.example.shop.CookieRegistry"), output.errors().get(0));
    // the refusal is an error of cookieledger's: like a rule error, no document is written
    assertTrue(output.resource("META-INF/cookies/cookies.json").isEmpty(), output.log());
  }

  @Test
  void aRegistryLeftElsewhereKeepsThePreviousBuildMessage() {
    Source registry = Source.of("org.example.shop.CookieRegistry",
        "package org.example.shop;",
        "@io.github.cookieledger.GeneratedRegistry(table = {})",
        "public final class CookieRegistry {}");

    Compiled output = TestCompiler.JAVAC.compileOnDisk(temp.resolve("shop/target/generated-sources/annotations"),
        CART, registry);

    assertFalse(output.success());
    assertTrue(Expect.is(output.errors().get(0), Message.OUTPUT_REGISTRY_REFUSED,
        "org.example.shop.CookieRegistry"), output.errors().get(0));
    assertTrue(output.resource("META-INF/cookies/cookies.json").isEmpty(), output.log());
  }

  private static List<String> warnings(Compilation compilation) {
    return compilation.warnings().stream().map(d -> d.getMessage(null)).toList();
  }
}
