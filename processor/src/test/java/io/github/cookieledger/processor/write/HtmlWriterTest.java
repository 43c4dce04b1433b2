package io.github.cookieledger.processor.write;

import static io.github.cookieledger.processor.write.DocumentFixture.NAMES;
import static io.github.cookieledger.processor.write.DocumentFixture.assertNoErrors;
import static io.github.cookieledger.processor.write.DocumentFixture.compile;
import static io.github.cookieledger.processor.write.DocumentFixture.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML page and fragment, parsed the way a browser would. */
class HtmlWriterTest {
  private static final List<String> CATEGORY_TITLES = List.of(
      "Cookies necessary for the platform to function properly", "Functionality cookies",
      "Statistics cookies", "Marketing cookies");
  private static final List<String> COLUMNS = List.of("Service provider's name",
      "Function and location", "Cookie name(s)", "Purposes", "Duration", "Party");

  private static String page;
  private static String fragment;

  @BeforeAll
  static void compileFixture() {
    Compilation compilation = compile();
    assertNoErrors(compilation);
    page = require(compilation, "cookie-policy.html");
    fragment = require(compilation, "cookie-policy.fragment.html");
  }

  @Test
  void thePageIsAStandaloneHtml5Document() {
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document document = Jsoup.parse(page, "", parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(),
        "the HTML5 parser reports no error");
    DocumentType doctype = document.documentType();
    assertNotNull(doctype);
    assertEquals("html", doctype.name());
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertEquals("en", document.selectFirst("html").attr("lang"));
    assertNotNull(document.selectFirst("head > meta[charset=utf-8]"));
    assertEquals("width=device-width, initial-scale=1",
        document.selectFirst("head > meta[name=viewport]").attr("content"));
    String style = document.selectFirst("head > style").data();
    assertTrue(style.contains("@media print"), "printable");
    assertTrue(style.contains("max-width: 40rem"), "a narrow-screen layout");
    assertEquals("Cookie policy of https://datasource.kapsarc.org", document.title());
    assertEquals(document.title(), document.selectFirst("h1").text());
  }

  @Test
  void noScriptNoExternalResource() {
    for (String html : List.of(page, fragment)) {
      Document document = Jsoup.parse(html);
      assertTrue(document.select("script").isEmpty(), "no script element");
      assertTrue(document.select("[src], link, [href], [style]").isEmpty());
      document.getAllElements().forEach(element -> element.attributes().forEach(attribute ->
          assertFalse(attribute.getKey().startsWith("on"), "event handler " + attribute)));
    }
  }

  @Test
  void oneTablePerCategoryWithTheMarkdownColumnsPlusParty() {
    Document document = Jsoup.parse(page);
    assertEquals(CATEGORY_TITLES, document.select("section > h2").eachText());
    assertEquals(4, document.select("section > table").size());
    for (Element table : document.select("table")) {
      assertEquals(COLUMNS, table.select("thead th").eachText());
      for (Element row : table.select("tbody tr")) {
        assertEquals(COLUMNS.size(), row.select("td").size());
        assertEquals(COLUMNS, row.select("td").eachAttr("data-label"));
      }
    }
  }

  @Test
  void everyCookieHasItsRowAndAnchor() {
    for (String html : List.of(page, fragment)) {
      Document document = Jsoup.parse(html);
      for (String name : NAMES) {
        Element anchor = document.getElementById(HtmlWriter.anchor(name));
        assertNotNull(anchor, "anchor of " + name);
        assertEquals(name, anchor.text());
        Element row = anchor.closest("tr");
        assertNotNull(row, name + " in a table row");
        assertEquals(3, anchor.closest("td").elementSiblingIndex() + 1, "in the names column");
      }
      assertEquals(NAMES.size(), document.select("td code[id]").size());
    }
  }

  @Test
  void aRowWithSeveralNamesHasAnAnchorPerName() {
    Element cell = Jsoup.parse(page).getElementById("cookie-csrftoken").parent();
    assertEquals(List.of("csrf_backup", "csrftoken"), cell.select("code").eachText());
    assertEquals("csrf_backup, csrftoken", cell.text());
    assertEquals(List.of("cookie-csrf_backup", "cookie-csrftoken"), cell.select("code").eachAttr("id"));
  }

  @Test
  void idsAreValidUniqueAndUrlSafe() {
    Document document = Jsoup.parse(page);
    Set<String> seen = new HashSet<>();
    Pattern urlSafe = Pattern.compile("[A-Za-z0-9._~-]+");
    for (Element element : document.select("[id]")) {
      String id = element.id();
      assertTrue(seen.add(id), "unique id " + id);
      assertTrue(urlSafe.matcher(id).matches(), "id usable in a URL fragment as is: " + id);
    }
    assertEquals("cookie-_pk_id.~2A.~2A", HtmlWriter.anchor("_pk_id.*.*"));
    assertEquals("cookie-x~26y~7Cz", HtmlWriter.anchor("x&y|z"));
    // "~" is always encoded, so an encoded name never collides with a plain one
    assertNotEquals(HtmlWriter.anchor("a~2A"), HtmlWriter.anchor("a*"));
  }

  @Test
  void declaredTextsShowAsTextNeverAsMarkup() {
    Document document = Jsoup.parse(page);
    Element row = document.getElementById(HtmlWriter.anchor("x&y|z")).closest("tr");
    List<String> cells = row.select("td").eachText();
    assertEquals("Ads & <Partners> \"Co\"", cells.get(0));
    assertEquals("=HYPERLINK(\"http://evil.example\") <script>alert(1)</script> & more",
        cells.get(3));
    assertEquals("Third party", cells.get(5));
    assertEquals("45 seconds", cells.get(4));
    // a line break in a declared text is a <br>, never raw markup
    Element function = row.select("td").get(1);
    assertEquals(List.of("Tracking | ads", "second line"),
        function.textNodes().stream().map(node -> node.text()).toList());
    assertEquals(1, function.select("br").size());
    assertTrue(document.select("b, script").isEmpty());
  }

  @Test
  void theFragmentIsOnlyTheTablesWithTheirHeadings() {
    assertFalse(fragment.contains("<html") || fragment.contains("<head") || fragment.contains("<body")
        || fragment.contains("<style") || fragment.contains("<h1"));
    assertTrue(fragment.startsWith("<div class=\"cookieledger-policy\">\n"));
    Document document = Jsoup.parseBodyFragment(fragment);
    assertEquals(CATEGORY_TITLES, document.select("h2").eachText());
    assertEquals(1, document.body().childrenSize(), "one element to embed");
    // the page holds exactly the fragment
    assertTrue(page.contains(fragment));
  }

  @Test
  void theLanguageOptionSetsTheWordsAndHtmlLang() {
    Compilation compilation = compile("cookieledger.language=fr");
    assertNoErrors(compilation);
    Document document = Jsoup.parse(require(compilation, "cookie-policy.html"));
    assertEquals("fr", document.selectFirst("html").attr("lang"));
    assertEquals("Politique relative aux cookies de https://datasource.kapsarc.org",
        document.title());
    assertEquals("Cookies de mesure d'audience",
        document.selectFirst("#category-statistics h2").text());
    Element ga = document.getElementById("cookie-_ga").closest("tr");
    assertEquals(List.of("1 an", "Tiers"), ga.select("td").eachText().subList(4, 6));
    assertTrue(document.select("[lang]").size() == 1, "every word is French: no lang override");
  }

  @Test
  void aLanguageWithoutBuiltInWordsGetsEnglishHeadingsMarkedAsEnglish() {
    Compilation compilation = compile("cookieledger.language=de");
    assertNoErrors(compilation);
    assertTrue(DocumentFixture.messages(compilation, javax.tools.Diagnostic.Kind.WARNING).stream()
        .anyMatch(w -> w.startsWith("[cookie-language]") && w.contains("\"de\"")));
    Document document = Jsoup.parse(require(compilation, "cookie-policy.html"));
    assertEquals("de", document.selectFirst("html").attr("lang"));
    assertEquals("en", document.selectFirst("h1").attr("lang"));
    assertEquals("Marketing cookies", document.selectFirst("#category-marketing h2").text());
    assertEquals("en", document.selectFirst("#category-marketing h2").attr("lang"));
    assertEquals("en", document.selectFirst("thead").attr("lang"));
  }
}
