package io.github.cookieledger.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4: the same declarations give byte-identical outputs whatever the order of the source
 * files, the default locale or the default charset.
 */
class DeterminismTest {
  private static final String REGISTRY = "com.example.CookieRegistry";
  private static final String PURPOSE = "Mémorise la langue: ı, €, ß, 日本";

  private static final Source LOGIN = Source.cookies("com.example.auth.Login",
      "name = \"sessionid\"\nfunction = \"Authentication\"",
      "name = \"_ga_*\"\nconstant = \"GA\"\ncategory = Category.STATISTICS\nduration = \"P13M\"\n"
          + "known = \"gtag configured with cookie_expires = 13 months\"",
      "name = \"id_visiteur\"\npurpose = " + Source.literal(PURPOSE)
          + "\ncategory = Category.FUNCTIONAL\nduration = \"P1Y\"");
  private static final Source API = Source.cookies("com.example.api.Api",
      "name = \"sessionid\"\nfunction = \"Authentication\"",
      "name = \"csrftoken\"\nhttpOnly = false",
      "name = \"_pk_id.*\"\nconstant = \"PK_ID\"\ncategory = Category.STATISTICS\nanonymized = true\n"
          + "duration = \"P13M\"");

  @Test
  void sourceOrderDoesNotMatter() {
    Compilation loginFirst = Compile.sources(LOGIN, API);
    Compilation apiFirst = Compile.sources(API, LOGIN);
    Expect.clean(loginFirst);
    Expect.clean(apiFirst);
    assertSameBytes(Compile.generatedSource(loginFirst, REGISTRY),
        Compile.generatedSource(apiFirst, REGISTRY));
    assertSameBytes(Compile.resource(loginFirst, Compile.JSON).orElseThrow(),
        Compile.resource(apiFirst, Compile.JSON).orElseThrow());
    assertSameBytes(Compile.resource(loginFirst, Compile.MARKDOWN).orElseThrow(),
        Compile.resource(apiFirst, Compile.MARKDOWN).orElseThrow());
  }

  /**
   * javac in two JVMs: English with UTF-8, Turkish (where "i".toUpperCase() is "İ") with
   * ISO-8859-1. The sources are ASCII (the purpose as unicode escapes) and no -encoding is given,
   * so only the processor's own care keeps the outputs equal.
   */
  @Test
  void localeAndDefaultCharsetDoNotMatter(@TempDir Path temp) throws Exception {
    Path english = temp.resolve("en");
    Path turkish = temp.resolve("tr");
    String printedEn = TestCompiler.forkedJavac(english, List.of("-Duser.language=en",
        "-Duser.country=US", "-Dfile.encoding=UTF-8"), List.of(LOGIN, API));
    String printedTr = TestCompiler.forkedJavac(turkish, List.of("-Duser.language=tr",
        "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1"), List.of(LOGIN, API));
    assertTrue(printedEn.contains("defaults: en-US UTF-8"), printedEn);
    assertTrue(printedTr.contains("defaults: tr-TR ISO-8859-1"), printedTr);

    for (String output : List.of("generated/com/example/CookieRegistry.java",
        "classes/META-INF/cookies/cookies.json", "classes/META-INF/cookies/cookie-policy.md")) {
      assertArrayEquals(Files.readAllBytes(english.resolve(output)),
          Files.readAllBytes(turkish.resolve(output)), output);
    }
    String registry = Files.readString(turkish.resolve("generated/com/example/CookieRegistry.java"),
        StandardCharsets.US_ASCII);
    assertTrue(registry.contains("CookieDefinition ID_VISITEUR"), "constant upper-cased in ROOT");
    assertTrue(Files.readString(turkish.resolve("classes/META-INF/cookies/cookies.json"),
        StandardCharsets.UTF_8).contains("\"purpose\": \"" + PURPOSE + "\""), "UTF-8 JSON");
    assertTrue(Files.readString(turkish.resolve("classes/META-INF/cookies/cookie-policy.md"),
        StandardCharsets.UTF_8).contains(PURPOSE), "UTF-8 Markdown");
  }

  private static void assertSameBytes(String expected, String actual) {
    assertEquals(expected, actual);
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
        actual.getBytes(StandardCharsets.UTF_8));
  }
}
