package io.github.cookieledger.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.servlet.site.TestCookies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link CookieLedgerFilter} does, on a real container started per test and a real HTTP
 * client. Each container runs the same cases ({@link TomcatFilterTest}, {@link JettyFilterTest}).
 */
abstract class FilterContract {
  static final String EVIL = "tracker=1; Path=/; Secure; HttpOnly; SameSite=Lax";
  static final String SID = TestCookies.SID.setCookieHeader("s1");
  static final String STAT = TestCookies._STAT.setCookieHeader("v1");
  static final String ANON = TestCookies.ANON.setCookieHeader("a1");

  private final List<Container> started = new ArrayList<>();
  private final LogCapture log = new LogCapture(CookieLedgerFilter.class.getName());

  abstract Container.Kind kind();

  @AfterEach
  void stop() throws Exception {
    log.close();
    for (Container container : started) {
      container.close();
    }
  }

  Client start(Site site) throws Exception {
    Container container = kind().start(site);
    started.add(container);
    assertTrue(container.started(), "the application did not start");
    return new Client(container.base());
  }

  Container startExpectingFailure(Site site) throws Exception {
    Container container = kind().start(site);
    started.add(container);
    return container;
  }

  static Site app(String undeclared) {
    Site site = new Site().param(CookieLedgerFilter.REGISTRY, TestCookies.class.getName())
        .servlet("/app", new CookieApp());
    return undeclared == null ? site : site.param(CookieLedgerFilter.UNDECLARED, undeclared);
  }

  static String consent(Category... granted) {
    return "consent=" + Consent.of(granted).madeAt(Instant.now()).format(TestCookies.REVISION);
  }

  static String set(String... headers) {
    List<String> pairs = new ArrayList<>();
    for (String header : headers) {
      pairs.add("set");
      pairs.add(header);
    }
    return "/app?" + Client.query(pairs.toArray(new String[0]));
  }

  private long warningsAbout(String name) {
    return log.warnings().stream().filter(w -> w.contains("'" + name + "'")).count();
  }

  // ------------------------------------------------------------------ undeclared, three modes

  @Test
  void blockDropsAnUndeclaredCookieWithOneWarningPerName() throws Exception {
    Client client = start(app(null));

    Client.Reply first = client.get(set(EVIL, SID), null);
    Client.Reply second = client.get(set(EVIL), null);

    assertEquals(200, first.status());
    assertEquals(List.of("sid"), first.names());
    assertEquals(List.of(), second.names());
    assertEquals(1, warningsAbout("tracker"), log.warnings().toString());
    assertTrue(log.warnings().get(0).contains("undeclared = block"));
  }

  @Test
  void failAnswers500AndSendsNoCookie() throws Exception {
    Client client = start(app("fail"));

    Client.Reply reply = client.get(set(SID, EVIL), null);

    assertEquals(500, reply.status());
    assertEquals(List.of(), reply.names());
    assertEquals(1, warningsAbout("tracker"));
    assertEquals(200, client.get(set(SID), null).status());
  }

  @Test
  void reportLetsItPassWithAWarning() throws Exception {
    Client client = start(app("REPORT"));

    Client.Reply reply = client.get(set(EVIL), null);

    assertEquals(200, reply.status());
    assertEquals(List.of("tracker"), reply.names());
    assertEquals(1, warningsAbout("tracker"));
    assertTrue(log.warnings().get(0).contains("sent anyway"));
  }

  // ------------------------------------------------------------------ attributes

  @Test
  void aCookieWithOtherAttributesThanDeclaredIsTreatedAsUndeclared() throws Exception {
    Client client = start(app(null));
    String[] changed = {
      "sid=1; Path=/; HttpOnly; SameSite=Lax", // Secure missing
      "sid=1; Path=/; Secure; SameSite=Lax", // HttpOnly missing
      "sid=1; Path=/; Secure; HttpOnly; SameSite=None", // SameSite
      "sid=1; Path=/admin; Secure; HttpOnly; SameSite=Lax", // Path
      "sid=1; Path=/; Domain=evil.example; Secure; HttpOnly; SameSite=Lax", // Domain
      "sid=1; Path=/; Max-Age=60; Secure; HttpOnly; SameSite=Lax", // declared session
      "lang=fr; Path=/; Max-Age=2592001; Secure; SameSite=Strict", // above P30D
    };
    for (String header : changed) {
      assertEquals(List.of(), client.get(set(header), consent(Category.FUNCTIONAL)).names(),
          header);
    }
    assertEquals(List.of("lang"), client.get(
        set("lang=fr; Path=/; Max-Age=2592000; Secure; SameSite=Strict"),
        consent(Category.FUNCTIONAL)).names(), "a lifetime up to the declared one is fine");
    assertTrue(log.warnings().stream().anyMatch(w -> w.contains("Secure missing")));
    assertTrue(log.warnings().stream().anyMatch(w -> w.contains("longer than the declared P30D")));
  }

  @Test
  void addCookieIsCheckedLikeAHeader() throws Exception {
    Client client = start(app(null));

    Client.Reply declared = client.get(set(SID) + "&via=addCookie", null);
    Client.Reply missingHttpOnly =
        client.get(set("sid=1; Path=/; Secure; SameSite=Lax") + "&via=addCookie", null);
    Client.Reply undeclared = client.get(set(EVIL) + "&via=addCookie", null);

    assertEquals(List.of("sid"), declared.names());
    assertEquals(List.of(), missingHttpOnly.names());
    assertEquals(List.of(), undeclared.names());
  }

  @Test
  void everyWayOfSettingAHeaderIsChecked() throws Exception {
    Client client = start(app(null));

    for (String via : new String[] {"addHeader", "setHeader", "lowercase", "wrapper"}) {
      Client.Reply reply = client.get(set(EVIL, SID) + "&via=" + via, null);
      assertEquals(List.of("sid"), reply.names(), via);
    }
  }

  @Test
  void cookiesSetBeforeTheResponseIsCommittedAreChecked() throws Exception {
    Client client = start(app(null));

    for (String then : new String[] {"redirect", "error", "flush"}) {
      Client.Reply reply = client.get(set(EVIL, SID) + "&then=" + then, null);
      assertEquals(List.of("sid"), reply.names(), then);
    }
    Client.Reply redirect = client.get(set(SID) + "&then=redirect", null);
    assertEquals(302, redirect.status());
    assertTrue(redirect.location().orElseThrow().endsWith("/elsewhere"));
  }

  @Test
  void failStillAnswers500WhenTheApplicationRedirects() throws Exception {
    Client client = start(app("fail"));

    Client.Reply reply = client.get(set(EVIL) + "&then=redirect", null);

    assertEquals(500, reply.status());
    assertEquals(List.of(), reply.names());
  }

  // ------------------------------------------------------------------ consent

  @Test
  void aCookieThatNeedsConsentIsDroppedWithoutIt() throws Exception {
    Client client = start(app(null));

    assertEquals(List.of("sid"), client.get(set(STAT, SID), null).names());
    assertEquals(List.of(), client.get(set(STAT), consent(Category.MARKETING)).names());
    assertEquals(List.of("_stat"), client.get(set(STAT), consent(Category.STATISTICS)).names());
    assertEquals(List.of("anon"), client.get(set(ANON), null).names(), "anonymized: no consent");
    assertEquals(List.of("_ga_X1"), client.get(set(
        TestCookies._GA__.setCookieHeader("_ga_X1", "g")), consent(Category.STATISTICS)).names());
    assertFalse(log.warnings().stream().anyMatch(w -> w.contains("_stat")),
        "a cookie without consent is the application's normal case, not a warning");
  }

  @Test
  void aMalformedOrExpiredConsentCookieIsNoChoice() throws Exception {
    Client client = start(app(null));
    String expired = "consent=" + Consent.of(Category.STATISTICS)
        .madeAt(Instant.now().minus(TestCookies.consentLifetime()).minusSeconds(1))
        .format(TestCookies.REVISION);

    for (String cookie : new String[] {"consent=garbage", "consent=1." + TestCookies.REVISION
        + ".S", expired, "consent=\"2.x\"; consent=2..."}) {
      assertEquals(List.of(), client.get(set(STAT), cookie).names(), cookie);
    }
  }

  @Test
  void theConsentThisResponseStoresCountsForItsOtherCookies() throws Exception {
    Client client = start(app(null));
    String stored = TestCookies.CONSENT.setCookieHeader(
        Consent.of(Category.STATISTICS).madeAt(Instant.now()).format(TestCookies.REVISION));

    Client.Reply consentFirst = client.get(set(stored, STAT), null);
    Client.Reply consentAfter = client.get(set(STAT, stored), null);

    assertEquals(List.of("consent", "_stat"), consentFirst.names());
    assertEquals(List.of("consent", "_stat"), consentAfter.names(), "held until the consent came");
  }

  // ------------------------------------------------------------------ withdrawal

  @Test
  void aCarriedCookieTheConsentNoLongerAllowsIsDeletedWithEveryAttribute() throws Exception {
    Client client = start(app(null));

    Client.Reply reply = client.get("/app", consent(Category.FUNCTIONAL)
        + "; _stat=1; ads=2; _ga_X1=3; sid=4; lang=en; unknown=5");

    assertEquals(List.of("_stat", "ads", "_ga_X1"), reply.names());
    assertDeletes(reply, TestCookies._STAT.expireCookieHeader());
    assertDeletes(reply, TestCookies.ADS.expireCookieHeader());
    assertDeletes(reply, TestCookies._GA__.expireCookieHeader("_ga_X1"));
    SetCookieHeader stat = reply.cookie("_stat").orElseThrow();
    assertTrue(stat.has("httponly"), "an HttpOnly cookie, which no script can delete");
    assertEquals("shop.example", reply.cookie("ads").orElseThrow().attribute("domain"));
  }

  @Test
  void storingANarrowerChoiceDeletesWhatItWithdraws() throws Exception {
    Client client = start(app(null));
    String narrower = TestCookies.CONSENT.setCookieHeader(
        Consent.of(Category.FUNCTIONAL).madeAt(Instant.now()).format(TestCookies.REVISION));

    Client.Reply reply = client.get(set(narrower), consent(Category.STATISTICS,
        Category.MARKETING, Category.FUNCTIONAL) + "; _stat=1");

    assertTrue(reply.names().containsAll(List.of("consent", "_stat", "ads")), reply.names().toString());
    assertFalse(reply.names().contains("lang"));
    assertDeletes(reply, TestCookies.ADS.expireCookieHeader());
  }

  static void assertDeletes(Client.Reply reply, String expected) {
    SetCookieHeader wanted = SetCookieHeader.parse(expected);
    SetCookieHeader sent = reply.cookie(wanted.name()).orElseThrow(
        () -> new AssertionError("no Set-Cookie for " + wanted.name() + " in " + reply));
    for (String attribute : new String[] {"path", "domain", "secure", "httponly", "samesite"}) {
      String expectedValue = wanted.attribute(attribute);
      String sentValue = sent.attribute(attribute);
      assertTrue(expectedValue == null ? sentValue == null
          : sentValue != null && sentValue.equalsIgnoreCase(expectedValue),
          attribute + " of " + sent + " instead of " + wanted);
    }
    assertEquals("0", sent.attribute("max-age"), sent.toString());
  }

  // ------------------------------------------------------------------ no request breaks it

  @Test
  void noCookieHeaderMakesTheFilterFail() throws Exception {
    Client client = start(app(null));
    Random random = new Random(0xC00C1EL);
    String alphabet = "=;, \"\\.%$!~abcXYZ019_-" + "consent" + TestCookies.REVISION;
    for (int i = 0; i < 60; i++) {
      StringBuilder header = new StringBuilder(i % 2 == 0 ? "consent=" : "");
      int length = random.nextInt(80);
      for (int c = 0; c < length; c++) {
        header.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Client.Reply reply = client.get(set(SID, STAT), header.toString());
      assertEquals(200, reply.status(), header.toString());
      assertTrue(reply.names().contains("sid"), header.toString());
      assertFalse(reply.names().contains("_stat") && !reply.cookie("_stat").orElseThrow()
          .attribute("max-age").equals("0"), header.toString());
    }
  }

  // ------------------------------------------------------------------ session cookie

  @Test
  void aSessionCookieAsDeclaredStarts() throws Exception {
    InitProbe probe = new InitProbe(new CookieLedgerFilter());
    start(app(null).filter(probe));
    assertEquals(null, probe.failure);
  }

  @Test
  void aSessionCookieOtherThanDeclaredFailsStartUp() throws Exception {
    InitProbe probe = new InitProbe(new CookieLedgerFilter());
    Container container = startExpectingFailure(app(null).filter(probe).session(config -> {
      Site.declaredSession(config);
      config.setSecure(false);
      config.setAttribute("SameSite", "Strict");
    }));

    assertFalse(container.started());
    assertNotNull(probe.failure);
    String message = probe.failure.getMessage();
    assertTrue(message.contains("session cookie 'JSESSIONID': Secure"), message);
    assertTrue(message.contains("SameSite: the container sends Strict"), message);
  }

  @Test
  void anUndeclaredSessionCookieFailsStartUp() throws Exception {
    InitProbe probe = new InitProbe(new CookieLedgerFilter());
    Container container = startExpectingFailure(app(null).filter(probe).session(config -> {
      Site.declaredSession(config);
      config.setName("SESSION");
    }));

    assertFalse(container.started());
    assertTrue(probe.failure.getMessage().contains("'SESSION' is not declared"),
        probe.failure.getMessage());
  }

  @Test
  void reportStartsWithADifferentSessionCookieAndWarns() throws Exception {
    start(app("report").session(config -> {
      Site.declaredSession(config);
      config.setHttpOnly(false);
    }));

    assertTrue(log.warnings().stream().anyMatch(w -> w.contains("HttpOnly")), log.warnings()
        .toString());
  }

  // ------------------------------------------------------------------ bad settings

  @Test
  void badSettingsFailStartUpNamingTheSettingAndTheFix() throws Exception {
    Map<Site, String> cases = Map.of(
        app("drop"), "init parameter 'undeclared'",
        new Site().param(CookieLedgerFilter.REGISTRY, "java.lang.String"),
            "not a registry generated by cookieledger",
        new Site().param(CookieLedgerFilter.REGISTRY, "com.example.Missing"),
            "not on the class path",
        new Site(), "init parameter 'registry' of filter 'cookieledger' is missing",
        new Site().param(CookieLedgerFilter.REGISTRY, NoConsentCookieRegistry.class.getName()),
            "add consentCookie");
    for (Map.Entry<Site, String> bad : cases.entrySet()) {
      InitProbe probe = new InitProbe(new CookieLedgerFilter());
      Container container = startExpectingFailure(bad.getKey().filter(probe));
      assertFalse(container.started(), bad.getValue());
      assertNotNull(probe.failure, bad.getValue());
      assertTrue(probe.failure.getMessage().contains(bad.getValue()), probe.failure.getMessage());
    }
  }

  @Test
  void theRegistryCanBeGivenInCode() throws Exception {
    Client client = start(new Site().servlet("/app", new CookieApp())
        .filter(new CookieLedgerFilter(TestCookies.class, Undeclared.REPORT)));

    assertEquals(List.of("tracker", "sid"), client.get(set(EVIL, SID), null).names());
  }

  static CookieDefinition definition(String name) {
    return TestCookies.find(name).orElseThrow();
  }
}
