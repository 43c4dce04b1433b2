package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.cookieledger.Category;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the processor generated for this module, read from the class path as the site reads it:
 * the seed's four rows, exactly as the seed writes them, and the statistics cookie apart.
 */
class GeneratedPolicyTest {
  static String resource(String name) throws IOException {
    try (InputStream in = GeneratedPolicyTest.class.getClassLoader()
        .getResourceAsStream("META-INF/cookies/" + name)) {
      assertNotNull(in, "META-INF/cookies/" + name + " is not on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The Markdown tables by section heading: each row as a map from column heading to text. */
  static Map<String, List<Map<String, String>>> markdownTables(String markdown) {
    Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
    String section = "";
    List<String> headings = null;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("#")) {
        section = line.replaceFirst("^#+\\s*", "").trim();
        headings = null;
      } else if (line.startsWith("|")) {
        List<String> cells = cells(line);
        if (headings == null) {
          headings = cells;
        } else if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < headings.size(); i++) {
            row.put(headings.get(i), cells.get(i));
          }
          sections.computeIfAbsent(section, s -> new ArrayList<>()).add(row);
        }
      } else if (line.isBlank()) {
        headings = null;
      }
    }
    return sections;
  }

  /** Splits a table line on unescaped pipes and undoes Markdown's backslash escapes. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String inner = line.trim().substring(1);
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length()) {
        cell.append(inner.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  static List<String> codeSpans(String cell) {
    List<String> names = new ArrayList<>();
    Matcher code = Pattern.compile("`([^`]+)`").matcher(cell);
    while (code.find()) {
      names.add(code.group(1));
    }
    return names;
  }

  @Test
  void markdownPolicyHoldsTheSeedsFourRows() throws IOException {
    String markdown = resource("cookie-policy.md");
    assertTrue(markdown.contains(Seed.SITE), "the title names the site");
    Map<String, List<Map<String, String>>> sections = markdownTables(markdown);
    List<Map<String, String>> necessary = sections.get(Category.NECESSARY.title());
    assertNotNull(necessary, () -> "no section '" + Category.NECESSARY.title() + "' in "
        + sections.keySet());

    List<Seed.Row> rows = new ArrayList<>();
    for (Map<String, String> row : necessary) {
      for (String name : codeSpans(row.get(Seed.COLUMNS.get(2)))) {
        rows.add(new Seed.Row(row.get(Seed.COLUMNS.get(0)), row.get(Seed.COLUMNS.get(1)), name,
            row.get(Seed.COLUMNS.get(3))));
      }
    }
    assertEquals(Seed.ROWS.size(), rows.size(), rows::toString);
    assertTrue(rows.containsAll(Seed.ROWS), rows::toString);
  }

  @Test
  void markdownPolicyListsTheCounterInItsOwnSection() throws IOException {
    Map<String, List<Map<String, String>>> sections =
        markdownTables(resource("cookie-policy.md"));
    List<Map<String, String>> statistics = sections.get(Category.STATISTICS.title());
    assertNotNull(statistics, sections.keySet()::toString);
    assertEquals(1, statistics.size());
    assertEquals(List.of("visit_count"), codeSpans(statistics.get(0).get(Seed.COLUMNS.get(2))));
    assertEquals("6 months", statistics.get(0).get("Duration"));
    assertEquals(List.of(Category.NECESSARY.title(), Category.STATISTICS.title()),
        List.copyOf(sections.keySet()));
  }

  @Test
  void jsonHoldsTheSeedsFourCookiesAndTheCounter() throws IOException {
    JsonObject json = JsonParser.parseString(resource("cookies.json")).getAsJsonObject();
    assertEquals(Seed.SITE, json.get("site").getAsString());
    assertEquals(CookieRegistry.REVISION, json.get("revision").getAsString());
    Map<String, JsonObject> cookies = new LinkedHashMap<>();
    for (JsonElement cookie : json.getAsJsonArray("cookies")) {
      cookies.put(cookie.getAsJsonObject().get("name").getAsString(), cookie.getAsJsonObject());
    }
    assertEquals(5, cookies.size(), cookies.keySet()::toString);
    for (Seed.Row seed : Seed.ROWS) {
      JsonObject cookie = cookies.get(seed.name);
      assertNotNull(cookie, seed.name);
      assertEquals(seed, new Seed.Row(cookie.get("provider").getAsString(),
          cookie.get("function").getAsString(), seed.name, cookie.get("purpose").getAsString()));
      assertEquals("NECESSARY", cookie.get("category").getAsString());
      assertFalse(cookie.get("consentRequired").getAsBoolean());
    }
    JsonObject counter = cookies.get("visit_count");
    assertEquals("STATISTICS", counter.get("category").getAsString());
    assertFalse(counter.get("anonymized").getAsBoolean());
    assertTrue(counter.get("consentRequired").getAsBoolean());
  }

  @Test
  void eachCookieIsDeclaredOnTheCodeThatSetsIt() throws IOException {
    JsonObject json = JsonParser.parseString(resource("cookies.json")).getAsJsonObject();
    Map<String, String> setters = Map.of(
        "sessionid", "org.example.portal.Login#startSession(",
        "csrftoken", "org.example.portal.Login#startSession(",
        "django_language", "org.example.portal.LanguageSwitch#remember(",
        "cookies_preferences", "org.example.portal.ConsentCookie#store(",
        "visit_count", "org.example.portal.VisitCounter#count(");
    for (JsonElement element : json.getAsJsonArray("cookies")) {
      JsonObject cookie = element.getAsJsonObject();
      String name = cookie.get("name").getAsString();
      List<String> declaredBy = new ArrayList<>();
      cookie.getAsJsonArray("declaredBy").forEach(e -> declaredBy.add(e.getAsString()));
      assertEquals(1, declaredBy.size(), declaredBy::toString);
      assertTrue(declaredBy.get(0).startsWith(setters.get(name)), declaredBy::toString);
    }
  }

  @Test
  void theFrenchPolicyIsGeneratedFromTheTranslations() throws IOException {
    String french = resource("cookie-policy_fr.md");
    assertTrue(french.contains("Mémoriser l’utilisateur d’une page à l’autre"), french);
    assertTrue(french.contains("Compteur de visites (page d’accueil)"), french);
    assertTrue(resource("cookie-policy_fr.fragment.html")
        .contains("Récupérer des données via des appels à l’API"));
  }
}
