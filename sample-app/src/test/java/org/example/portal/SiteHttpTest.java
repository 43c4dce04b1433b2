package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The running site over HTTP: pages, cookies and their attributes, consent gating. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteHttpTest {
  static final String ALL = "cookies_preferences=" + Consent.all().format(CookieRegistry.REVISION);
  static final String NECESSARY =
      "cookies_preferences=" + Consent.necessaryOnly().format(CookieRegistry.REVISION);

  PortalServer server;
  SiteClient site;

  @BeforeAll
  void start() throws IOException {
    server = PortalServer.start(0);
    site = new SiteClient(server.port());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  static Document html(HttpResponse<String> response) {
    assertEquals("text/html; charset=utf-8",
        response.headers().firstValue("Content-Type").orElse(null));
    return Jsoup.parse(response.body());
  }

  static String staleRevision() {
    String stale = "00000000".equals(CookieRegistry.REVISION) ? "11111111" : "00000000";
    return "cookies_preferences=" + Consent.all().format(stale);
  }

  /** The choice a response stored, read as the site reads it now. */
  static Consent storedChoice(HttpResponse<String> response) {
    String value = SetCookie.named(response, "cookies_preferences").orElseThrow().value;
    return Consent.read(value, CookieRegistry.REVISION, CookieRegistry.consentLifetime(),
        Instant.now()).orElseThrow(() -> new AssertionError("no valid choice: " + value));
  }

  @Nested
  class Pages {
    @ParameterizedTest
    @CsvSource({
      "/, text/html; charset=utf-8",
      "/cookie-policy, text/html; charset=utf-8",
      "/cookies.json, application/json; charset=utf-8",
    })
    void everyPageAnswers(String path, String contentType) throws Exception {
      HttpResponse<String> response = site.get(path, null);
      assertEquals(200, response.statusCode());
      assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(null));
      assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
      assertFalse(response.body().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"GET, /nope, 404", "GET, /consentx, 404", "GET, /cookie-policy/x, 404",
      "POST, /, 405", "GET, /consent, 405", "GET, /login, 405", "POST, /language, 405"})
    void wrongPathOrMethodIsRefused(String method, String path, int status) throws Exception {
      HttpResponse<String> response =
          method.equals("GET") ? site.get(path, null) : site.post(path, "", null);
      assertEquals(status, response.statusCode());
      assertTrue(SetCookie.all(response).isEmpty());
    }

    @Test
    void homeLinksEveryPageAndBothLanguages() throws Exception {
      Document home = html(site.get("/", null));
      assertEquals("en", home.select("html").attr("lang"));
      assertNotNull(home.selectFirst("a[href=/cookie-policy]"));
      assertNotNull(home.selectFirst("a[href=/cookies.json]"));
      assertNotNull(home.selectFirst("a[href=/language?lang=fr&back=%2F]"));
      assertNotNull(home.selectFirst("form[action=/login] input[name=username]"));
    }

    @Test
    void cookiesJsonIsTheGeneratedFile() throws Exception {
      HttpResponse<String> response = site.get("/cookies.json", null);
      byte[] generated;
      try (InputStream in = getClass().getClassLoader()
          .getResourceAsStream("META-INF/cookies/cookies.json")) {
        generated = in.readAllBytes();
      }
      assertEquals(new String(generated, StandardCharsets.UTF_8), response.body());
      JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
      assertEquals(CookieRegistry.REVISION, json.get("revision").getAsString());
      assertEquals(Seed.SITE, json.get("site").getAsString());
    }
  }

  @Nested
  class Policy {
    @Test
    void englishPolicyExplainsCookiesThenListsTheSeedsRows() throws Exception {
      Document page = html(site.get("/cookie-policy", null));
      String text = page.select("#policy").text();
      assertTrue(text.contains("What is a cookie?"), text);
      assertTrue(text.contains("A cookie is a generally small piece of data identified by a name"));
      assertTrue(text.contains("Several types of cookies exist:"));
      assertTrue(text.contains("“Necessary” internal cookies allow information to be saved"));
      assertTrue(text.contains("“Statistical” cookies make it possible to track"));
      assertTrue(
          text.contains("“Third-party” cookies are cookies stored by (or for) a Website B"));
      // The explanation comes first, then the generated tables.
      assertTrue(text.indexOf("What is a cookie?") < text.indexOf("Opendatasoft"));

      Map<String, Seed.Row> rows = PolicyTables.byName(page.select("#cookie-tables table"));
      for (Seed.Row seed : Seed.ROWS) {
        assertEquals(seed, rows.get(seed.name));
      }
      assertTrue(rows.containsKey("visit_count"), rows.toString());
      assertEquals(5, rows.size(), rows.toString());
    }

    @Test
    void statisticsCookieHasItsOwnSection() throws Exception {
      Document page = html(site.get("/cookie-policy", null));
      List<org.jsoup.nodes.Element> tables = page.select("#cookie-tables table");
      assertEquals(2, tables.size());
      assertEquals(List.of("visit_count"),
          List.copyOf(PolicyTables.byName(tables.subList(1, 2)).keySet()));
      assertEquals(Seed.ROWS.size(), PolicyTables.rows(tables.subList(0, 1)).size());
    }

    @Test
    void frenchVisitorsGetTheFrenchPolicy() throws Exception {
      Document page = html(site.get("/cookie-policy", "django_language=fr"));
      assertEquals("fr", page.select("html").attr("lang"));
      String text = page.select("#policy").text();
      assertTrue(text.contains("Qu’est-ce qu’un cookie"), text);
      // From src/main/cookies/cookies_fr.properties, through the generated French fragment.
      String tables = page.select("#cookie-tables").text();
      assertTrue(tables.contains("Mémoriser l’utilisateur d’une page à l’autre"), tables);
      assertTrue(tables.contains("Choix de la langue (front et back office)"), tables);
      assertFalse(tables.contains("To remember the user from one page to another"), tables);
    }

    @ParameterizedTest
    @CsvSource({"/, en", "/, fr", "/cookie-policy, en", "/cookie-policy, fr"})
    void idsAreUniqueAroundTheEmbeddedFragment(String path, String language) throws Exception {
      // The generated fragment brings its own ids; the page's must not clash with them.
      List<String> ids = html(site.get(path, "django_language=" + language))
          .select("[id]").eachAttr("id");
      assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
    }

    @Test
    void settingsShowTheCurrentChoice() throws Exception {
      Document none = html(site.get("/cookie-policy", null));
      assertFalse(none.select("#settings input[value=statistics]").hasAttr("checked"));
      Document all = html(site.get("/cookie-policy", ALL));
      assertTrue(all.select("#settings input[value=statistics]").hasAttr("checked"));
    }
  }

  @Nested
  class ConsentGating {
    @Test
    void firstVisitShowsTheBannerAndSetsNoCookie() throws Exception {
      HttpResponse<String> response = site.get("/", null);
      Document home = html(response);
      assertNotNull(home.selectFirst("#cookie-banner #accept-all"));
      assertNotNull(home.selectFirst("#cookie-banner #necessary-only"));
      assertEquals("Choose by category", home.select("#cookie-banner details summary").text());
      assertNotNull(home.selectFirst("#cookie-banner input[name=accept][value=statistics]"));
      assertEquals(List.of(), SetCookie.all(response));
      assertEquals("Your visits are not counted: statistics cookies are off.",
          home.select("#visits").text());
    }

    @Test
    void acceptAllStoresTheChoiceAndGoesBack() throws Exception {
      HttpResponse<String> response =
          site.post("/consent", "accept=all&back=%2Fcookie-policy", null);
      assertEquals(303, response.statusCode());
      assertEquals("/cookie-policy", response.headers().firstValue("Location").orElse(null));
      Consent stored = storedChoice(response);
      assertEquals(Consent.all().granted(), stored.granted());
      assertTrue(stored.id().isPresent());
      assertTrue(Duration.between(stored.time().orElseThrow(), Instant.now()).toMinutes() < 5);
    }

    @Test
    void afterAcceptAllTheHomePageCountsVisits() throws Exception {
      HttpResponse<String> first = site.get("/", ALL);
      assertEquals("1", SetCookie.named(first, "visit_count").orElseThrow().value);
      assertTrue(html(first).select("#cookie-banner").isEmpty());

      HttpResponse<String> later = site.get("/", ALL + "; visit_count=41");
      assertEquals("42", SetCookie.named(later, "visit_count").orElseThrow().value);
      assertEquals("You have opened this page 42 times.", html(later).select("#visits").text());
    }

    @Test
    void aMangledCounterStartsAgain() throws Exception {
      HttpResponse<String> response = site.get("/", ALL + "; visit_count=12x");
      assertEquals("1", SetCookie.named(response, "visit_count").orElseThrow().value);
    }

    @Test
    void necessaryOnlySetsNoStatisticsCookie() throws Exception {
      HttpResponse<String> chosen = site.post("/consent", "accept=necessary", null);
      assertEquals(303, chosen.statusCode());
      assertEquals("/", chosen.headers().firstValue("Location").orElse(null));
      assertEquals(Consent.necessaryOnly().granted(), storedChoice(chosen).granted());
      assertTrue(SetCookie.named(chosen, "visit_count").map(SetCookie::expires).orElse(true));

      HttpResponse<String> home = site.get("/", NECESSARY);
      assertEquals(List.of(), SetCookie.all(home));
      assertTrue(html(home).select("#cookie-banner").isEmpty());
    }

    @Test
    void aChoiceUnderAnotherRevisionCountsAsNone() throws Exception {
      HttpResponse<String> home = site.get("/", staleRevision());
      assertNotNull(html(home).selectFirst("#cookie-banner"));
      assertEquals(List.of(), SetCookie.all(home));
    }

    @Test
    void underAStaleChoiceALeftoverCounterIsDeleted() throws Exception {
      HttpResponse<String> home = site.get("/", staleRevision() + "; visit_count=7");
      assertTrue(SetCookie.named(home, "visit_count").orElseThrow().expires());
      assertNotNull(html(home).selectFirst("#cookie-banner"));
    }

    @Test
    void aChoiceOlderThanTheConsentLifetimeCountsAsNone() throws Exception {
      String old = "cookies_preferences=" + Consent.all()
          .madeAt(Instant.now().minus(CookieRegistry.consentLifetime()).minusSeconds(60))
          .format(CookieRegistry.REVISION);
      HttpResponse<String> home = site.get("/", old + "; visit_count=7");
      assertNotNull(html(home).selectFirst("#cookie-banner"));
      assertTrue(SetCookie.named(home, "visit_count").orElseThrow().expires());
    }

    @Test
    void aChoiceStoredInTheEarlierFormatCountsAsNone() throws Exception {
      HttpResponse<String> home =
          site.get("/", "cookies_preferences=1." + CookieRegistry.REVISION + ".FSM");
      assertNotNull(html(home).selectFirst("#cookie-banner"));
      assertEquals(List.of(), SetCookie.all(home));
    }

    @Test
    void everyChoiceGetsItsOwnId() throws Exception {
      String first = storedChoice(site.post("/consent", "accept=all", null)).id().orElseThrow();
      String second = storedChoice(site.post("/consent", "accept=all", null)).id().orElseThrow();
      assertNotEquals(first, second);
    }

    @Test
    void garbageCountsAsNoChoice() throws Exception {
      HttpResponse<String> home = site.get("/", "cookies_preferences=yes-please");
      assertNotNull(html(home).selectFirst("#cookie-banner"));
      assertTrue(SetCookie.named(home, "visit_count").isEmpty());
    }

    @Test
    void withdrawingStatisticsDeletesTheCounter() throws Exception {
      HttpResponse<String> response =
          site.post("/consent", "accept=necessary", ALL + "; visit_count=3");
      SetCookie counter = SetCookie.named(response, "visit_count").orElseThrow();
      assertTrue(counter.expires());
      assertEquals("", counter.value);
      counter.assertMatches(CookieRegistry.VISIT_COUNT);
    }

    @Test
    void withdrawingDeletesEvenACookieTheBrowserDidNotSend() throws Exception {
      HttpResponse<String> response = site.post("/consent", "accept=necessary", ALL);
      assertTrue(SetCookie.named(response, "visit_count").orElseThrow().expires());
    }

    @Test
    void keepingACategoryDeletesNothing() throws Exception {
      HttpResponse<String> response =
          site.post("/consent", "accept=statistics", ALL + "; visit_count=3");
      assertEquals(List.of("cookies_preferences"),
          SetCookie.all(response).stream().map(c -> c.name).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
      "accept=statistics; STATISTICS",
      "accept=functional%2Cstatistics; FUNCTIONAL STATISTICS",
      "accept=Statistics, marketing; STATISTICS MARKETING",
      "accept=necessary&accept=statistics; STATISTICS",
      "accept=necessary; ''",
    })
    void categoriesAreChosenOneByOne(String form, String categories) throws Exception {
      Category[] granted = categories.isBlank() ? new Category[0]
          : java.util.Arrays.stream(categories.split(" ")).map(Category::valueOf)
              .toArray(Category[]::new);
      HttpResponse<String> response = site.post("/consent", form, null);
      assertEquals(303, response.statusCode());
      assertEquals(Consent.of(granted).granted(), storedChoice(response).granted());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"accept=cookies", "back=%2F", "accept=", "accept=%zz"})
    void aMalformedChoiceIsRefused(String form) throws Exception {
      HttpResponse<String> response = site.post("/consent", form, ALL);
      assertEquals(400, response.statusCode());
      assertEquals(List.of(), SetCookie.all(response));
    }

    @ParameterizedTest
    @CsvSource({"//elsewhere.example/, /", "https://elsewhere.example/, /",
      "/cookie-policy, /cookie-policy", "/\\elsewhere.example, /"})
    void itGoesBackOnlyToThisSite(String back, String location) throws Exception {
      HttpResponse<String> response = site.post("/consent",
          "accept=all&back=" + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8), null);
      assertEquals(location, response.headers().firstValue("Location").orElse(null));
    }
  }

  @Nested
  class Attributes {
    // Literal, from the declarations in the sources: a change to one is a change to the policy.
    @Test
    void sessionCookiesAreSessionOnlyAndHidden() throws Exception {
      HttpResponse<String> response = site.post("/login", "username=alice", null);
      assertEquals(303, response.statusCode());
      for (String name : List.of("sessionid", "csrftoken")) {
        SetCookie cookie = SetCookie.named(response, name).orElseThrow();
        assertEquals(Map.of("path", "/", "secure", "", "httponly", "", "samesite", "Lax"),
            cookie.attributes, cookie.header);
        assertTrue(cookie.value.length() >= 40, cookie.header);
      }
      assertNotEquals(SetCookie.named(response, "sessionid").orElseThrow().value,
          SetCookie.named(response, "csrftoken").orElseThrow().value);
    }

    @Test
    void languageIsKeptForAYear() throws Exception {
      SetCookie cookie =
          SetCookie.named(site.get("/language?lang=fr", null), "django_language").orElseThrow();
      assertEquals("fr", cookie.value);
      assertEquals(Map.of("path", "/", "max-age", "31536000", "secure", "", "httponly", "",
          "samesite", "Lax"), cookie.attributes);
    }

    @Test
    void theChoiceIsKeptForSixMonths() throws Exception {
      SetCookie cookie =
          SetCookie.named(site.post("/consent", "accept=all", null), "cookies_preferences")
              .orElseThrow();
      assertEquals(Map.of("path", "/", "max-age", "15552000", "secure", "", "httponly", "",
          "samesite", "Lax"), cookie.attributes);
    }

    @Test
    void theCounterIsKeptForSixMonths() throws Exception {
      SetCookie cookie = SetCookie.named(site.get("/", ALL), "visit_count").orElseThrow();
      assertEquals(Map.of("path", "/", "max-age", "15552000", "secure", "", "httponly", "",
          "samesite", "Lax"), cookie.attributes);
    }

    @Test
    void theRegistryHoldsExactlyTheSitesCookies() {
      assertEquals(List.of("cookies_preferences", "csrftoken", "django_language", "sessionid",
              "visit_count"),
          CookieRegistry.all().stream().map(c -> c.name()).sorted().toList());
      assertEquals(List.of(CookieRegistry.VISIT_COUNT),
          CookieRegistry.all().stream().filter(c -> c.requiresConsent()).toList());
    }
  }

  @Nested
  class Account {
    @Test
    void signInShowsTheUserAndSignOutDeletesBothCookies() throws Exception {
      HttpResponse<String> login = site.post("/login", "username=%3Cb%3Ealice%3C%2Fb%3E", null);
      String session = SetCookie.named(login, "sessionid").orElseThrow().value;
      String csrf = SetCookie.named(login, "csrftoken").orElseThrow().value;
      String cookies = "sessionid=" + session + "; csrftoken=" + csrf;

      HttpResponse<String> home = site.get("/", cookies);
      Document page = html(home);
      assertEquals("Signed in as <b>alice</b>.", page.select("#signed-in").text());
      assertTrue(page.select("#signed-in b").isEmpty(), "the user name is escaped");
      assertEquals(csrf, page.select("form[action=/logout] input[name=csrfmiddlewaretoken]").val());

      HttpResponse<String> logout =
          site.post("/logout", "csrfmiddlewaretoken=" + csrf, cookies);
      assertEquals(303, logout.statusCode());
      assertTrue(SetCookie.named(logout, "sessionid").orElseThrow().expires());
      assertTrue(SetCookie.named(logout, "csrftoken").orElseThrow().expires());

      // The session is over on the server too, whatever the browser keeps.
      assertTrue(html(site.get("/", cookies)).select("#signed-in").isEmpty());
    }

    @Test
    void signOutWithoutTheTokenIsRefused() throws Exception {
      HttpResponse<String> login = site.post("/login", "username=bob", null);
      String session = SetCookie.named(login, "sessionid").orElseThrow().value;
      String csrf = SetCookie.named(login, "csrftoken").orElseThrow().value;
      String cookies = "sessionid=" + session + "; csrftoken=" + csrf;

      HttpResponse<String> forged = site.post("/logout", "csrfmiddlewaretoken=guess", cookies);
      assertEquals(403, forged.statusCode());
      assertEquals(List.of(), SetCookie.all(forged));
      assertEquals("Signed in as bob.", html(site.get("/", cookies)).select("#signed-in").text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"username=", "username=%20%20", "x=1", "username=a%0Ab"})
    void aBadUserNameIsRefused(String form) throws Exception {
      HttpResponse<String> response = site.post("/login", form, null);
      assertEquals(400, response.statusCode());
      assertEquals(List.of(), SetCookie.all(response));
    }
  }

  @Nested
  class Languages {
    @Test
    void switchingLanguageGoesBack() throws Exception {
      HttpResponse<String> response = site.get("/language?lang=fr&back=%2Fcookie-policy", null);
      assertEquals(303, response.statusCode());
      assertEquals("/cookie-policy", response.headers().firstValue("Location").orElse(null));
      assertEquals("fr", SetCookie.named(response, "django_language").orElseThrow().value);
    }

    @Test
    void theSiteSpeaksTheChosenLanguage() throws Exception {
      Document french = html(site.get("/", "django_language=fr"));
      assertEquals("fr", french.select("html").attr("lang"));
      assertEquals("Tout accepter", french.select("#accept-all").text());
      Document english = html(site.get("/", "django_language=en"));
      assertEquals("Accept all", english.select("#accept-all").text());
      Document unknown = html(site.get("/", "django_language=xx"));
      assertEquals("en", unknown.select("html").attr("lang"));
    }

    @ParameterizedTest
    @CsvSource({"/language?lang=de", "/language", "/language?lang=FR"})
    void anUnknownLanguageIsRefused(String path) throws Exception {
      HttpResponse<String> response = site.get(path, null);
      assertEquals(400, response.statusCode());
      assertEquals(List.of(), SetCookie.all(response));
    }
  }
}
