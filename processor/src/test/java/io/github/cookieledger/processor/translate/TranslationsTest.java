package io.github.cookieledger.processor.translate;

import static io.github.cookieledger.processor.write.DocumentFixture.assertNoErrors;
import static io.github.cookieledger.processor.write.DocumentFixture.compile;
import static io.github.cookieledger.processor.write.DocumentFixture.documents;
import static io.github.cookieledger.processor.write.DocumentFixture.messages;
import static io.github.cookieledger.processor.write.DocumentFixture.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.write.DocumentFixture;
import io.github.cookieledger.processor.write.HtmlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.tools.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cookieledger.translations}: one policy per language, and what is said when it is incomplete. */
class TranslationsTest {
  private static final Path COMPLETE =
      DocumentFixture.resourcePath("documents/translations/complete");

  @TempDir Path folder;

  private static List<String> translationWarnings(Compilation compilation) {
    return messages(compilation, Diagnostic.Kind.WARNING).stream()
        .filter(w -> w.startsWith("[cookie-translation]") || w.startsWith("[cookie-language]"))
        .toList();
  }

  /** The complete French file with some keys removed and some lines added. */
  private Path french(String fileName, List<String> without, String... extraLines)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(COMPLETE.resolve("cookies_fr.properties"))) {
      if (without.stream().noneMatch(key -> line.startsWith(key + "="))) {
        lines.add(line);
      }
    }
    lines.addAll(List.of(extraLines));
    Files.write(folder.resolve(fileName), lines, StandardCharsets.UTF_8);
    return folder;
  }

  @Test
  void aCompleteTranslationIsSilentAndTranslatesEveryText() {
    Compilation compilation = compile("cookieledger.translations=" + COMPLETE);
    assertNoErrors(compilation);
    assertEquals(List.of(), translationWarnings(compilation));
    assertTrue(documents(compilation).keySet().containsAll(List.of("cookie-policy_fr.md",
        "cookie-policy_fr.html", "cookie-policy_fr.fragment.html")));
    String md = require(compilation, "cookie-policy_fr.md");
    assertTrue(md.startsWith("# Politique relative aux cookies de https://datasource.kapsarc.org\n"));
    assertTrue(md.contains("| Nom du fournisseur de service | Fonction et emplacement |"
        + " Nom(s) du cookie | Finalités | Durée de conservation |"));
    assertTrue(md.contains("| Google Analytics | Mesure d'audience | `_gid` | Distinguer les"
        + " visiteurs pendant un jour et demi | 1 jour et 12 heures |"), md);
    assertTrue(md.contains("| 13 mois |") && md.contains("| 2 semaines |")
        && md.contains("| 30 minutes |") && md.contains("| 36 heures |")
        && md.contains("| 1 an et 1 mois |") && md.contains("| 45 secondes |"));

    Document html = Jsoup.parse(require(compilation, "cookie-policy_fr.html"));
    assertEquals("fr", html.selectFirst("html").attr("lang"));
    Element ads = html.getElementById(HtmlWriter.anchor("x&y|z")).closest("tr");
    assertEquals("<b>Suivi</b> & \"publicité\"", ads.select("td").get(3).text(),
        "translated texts are escaped too");
    assertTrue(html.select("b, script").isEmpty());
    assertEquals("Tiers", ads.select("td").get(5).text());
    // the main documents stay in the declared language
    assertTrue(require(compilation, "cookie-policy.md").contains("To tell visitors apart"));
  }

  @Test
  void everyBuiltInEnglishWordHasAFrenchOne() throws IOException {
    assertEquals(keys("words_en.properties"), keys("words_fr.properties"));
  }

  @Test
  void aMissingKeyIsAWarningNamingLanguageAndKeyAndTheDeclaredTextIsUsed() throws IOException {
    Compilation compilation = compile("cookieledger.translations="
        + french("cookies_fr.properties", List.of("_gat.purpose", "sessionid.function")));
    assertNoErrors(compilation);
    List<String> warnings = translationWarnings(compilation);
    assertEquals(1, warnings.size(), warnings.toString());
    String warning = warnings.get(0);
    assertTrue(Expect.is(warning, Message.TRANSLATION_MISSING_KEYS, "cookies_fr.properties", "fr",
        "_gat.purpose, sessionid.function"), warning);
    String md = require(compilation, "cookie-policy_fr.md");
    assertTrue(md.contains("| `_gat` | To throttle the request rate | 36 heures |"), md);
    assertTrue(md.contains("| Authentication (front and back office) | `sessionid` |"
        + " Mémoriser l'utilisateur d'une page à l'autre |"), md);
  }

  @Test
  void aBlankTextCountsAsMissing() throws IOException {
    Compilation compilation = compile("cookieledger.translations="
        + french("cookies_fr.properties", List.of("_gat.purpose"), "_gat.purpose=   "));
    List<String> warnings = translationWarnings(compilation);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(Expect.is(warnings.get(0), Message.TRANSLATION_MISSING_KEY, "cookies_fr.properties",
        "fr", "_gat.purpose"), warnings.get(0));
    assertTrue(require(compilation, "cookie-policy_fr.md").contains("To throttle the request rate"));
  }

  @Test
  void aKeyThatNamesNoCookieIsAWarning() throws IOException {
    Compilation compilation = compile("cookieledger.translations=" + french(
        "cookies_fr.properties", List.of(), "nosuch.purpose=Rien", "sessionid.colour=Bleu"));
    assertNoErrors(compilation);
    List<String> warnings = translationWarnings(compilation);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(Expect.is(warnings.get(0), Message.TRANSLATION_UNKNOWN_KEYS,
        "cookies_fr.properties", "fr", "nosuch.purpose, sessionid.colour"), warnings.get(0));
  }

  @Test
  void aLanguageWithoutBuiltInWordsFallsBackToEnglishHeadingsWithAWarning() throws IOException {
    Files.writeString(folder.resolve("cookies_de.properties"),
        "sessionid.purpose=Den Nutzer von Seite zu Seite wiedererkennen\n", StandardCharsets.UTF_8);
    Compilation compilation = compile("cookieledger.translations=" + folder,
        "cookieledger.formats=html");
    assertNoErrors(compilation);
    List<String> warnings = translationWarnings(compilation);
    assertTrue(warnings.stream().anyMatch(w -> Expect.is(w, Message.LANGUAGE_WITHOUT_WORDS, "de",
        "cookies_de.properties", "en, fr")), warnings.toString());
    assertTrue(warnings.stream().anyMatch(w -> Expect.is(w, Message.TRANSLATION_MISSING_KEY, null,
        "de") || Expect.is(w, Message.TRANSLATION_MISSING_KEYS, null, "de")), warnings.toString());
    Document html = Jsoup.parse(require(compilation, "cookie-policy_de.html"));
    assertEquals("de", html.selectFirst("html").attr("lang"));
    assertEquals("en", html.selectFirst("h1").attr("lang"));
    assertEquals("Cookie policy of https://datasource.kapsarc.org", html.selectFirst("h1").text());
    Element row = html.getElementById("cookie-sessionid").closest("tr");
    assertEquals("Den Nutzer von Seite zu Seite wiedererkennen", row.select("td").get(3).text());
    assertTrue(documents(compilation).keySet().stream().noneMatch(name -> name.endsWith(".md")),
        "the translations follow cookieledger.formats");
  }

  @Test
  void otherFilesAreIgnoredAndABadLanguageIsSkippedWithAWarning() throws IOException {
    Files.writeString(folder.resolve("README.txt"), "notes\n");
    Files.writeString(folder.resolve("cookies_f!.properties"), "sessionid.purpose=x\n");
    french("cookies_fr.properties", List.of());
    Compilation compilation = compile("cookieledger.translations=" + folder);
    assertNoErrors(compilation);
    List<String> warnings = translationWarnings(compilation);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(Expect.is(warnings.get(0), Message.TRANSLATION_BAD_LANGUAGE, null, "f!"),
        warnings.get(0));
    assertTrue(documents(compilation).containsKey("cookie-policy_fr.md"));
  }

  @Test
  void oneFilePerLanguageTheSecondIsSkippedWithAWarning() throws IOException {
    french("cookies_fr.properties", List.of());
    Files.writeString(folder.resolve("cookies_FR.properties"), "sessionid.purpose=Autre\n");
    Compilation compilation = compile("cookieledger.translations=" + folder);
    assertNoErrors(compilation);
    // files are read in name order: cookies_FR.properties comes first and is the one used
    List<String> skipped = translationWarnings(compilation).stream()
        .filter(w -> Expect.is(w, Message.TRANSLATION_SAME_LANGUAGE)).toList();
    assertEquals(1, skipped.size(), skipped.toString());
    assertTrue(Expect.is(skipped.get(0), Message.TRANSLATION_SAME_LANGUAGE,
        null, "cookies_FR.properties", "fr"), skipped.get(0));
    assertTrue(documents(compilation).containsKey("cookie-policy_FR.md"));
    assertFalse(documents(compilation).containsKey("cookie-policy_fr.md"));
  }

  @Test
  void aMissingFolderIsAnErrorSayingWhatToCreate() {
    Compilation compilation = compile("cookieledger.translations=" + folder.resolve("nope"));
    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(Expect.is(errors.get(0), Message.TRANSLATIONS_NOT_A_FOLDER, null, null,
        "does not exist"), errors.get(0));
  }

  @Test
  void aFileThatIsNotUtf8IsAnError() throws IOException {
    Files.write(folder.resolve("cookies_fr.properties"),
        "sessionid.purpose=M\u00e9moriser\n".getBytes(StandardCharsets.ISO_8859_1));
    Compilation compilation = compile("cookieledger.translations=" + folder);
    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(Expect.is(errors.get(0), Message.TRANSLATION_NOT_UTF8), errors.get(0));
  }

  @Test
  void aRelativeFolderResolvesAgainstTheWorkingDirectory() throws IOException {
    french("cookies_fr.properties", List.of());
    Path relative = Path.of("").toAbsolutePath().relativize(folder);
    Compilation compilation = compile("cookieledger.translations=" + relative);
    assertNoErrors(compilation);
    assertTrue(documents(compilation).containsKey("cookie-policy_fr.html"));
  }

  private static List<String> keys(String resource) throws IOException {
    Properties words = new Properties();
    try (var in = HtmlWriter.class.getResourceAsStream(resource)) {
      words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return words.stringPropertyNames().stream().sorted().toList();
  }
}
