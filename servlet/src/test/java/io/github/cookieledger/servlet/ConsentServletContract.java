package io.github.cookieledger.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.servlet.site.TestCookies;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ConsentServlet} behind {@link CookieLedgerFilter} on a real container ({@link
 * TomcatConsentServletTest}, {@link JettyConsentServletTest}).
 */
abstract class ConsentServletContract {
  private final List<Container> started = new ArrayList<>();
  private final List<ConsentRecord> records = new ArrayList<>();
  private Client client;
  private String origin;

  abstract Container.Kind kind();

  @BeforeEach
  void start() throws Exception {
    Container container = started(new Site()
        .param(CookieLedgerFilter.REGISTRY, TestCookies.class.getName())
        .servlet("/consent", new ConsentServlet(TestCookies.class, records::add)));
    client = new Client(container.base());
    origin = container.base().toString();
  }

  private Container started(Site site) throws Exception {
    Container container = kind().start(site);
    started.add(container);
    assertTrue(container.started());
    return container;
  }

  @AfterEach
  void stop() throws Exception {
    for (Container container : started) {
      container.close();
    }
  }

  private Client.Reply post(String form, String cookies, Map<String, String> headers)
      throws Exception {
    return client.post("/consent", form, cookies, headers);
  }

  private Client.Reply post(String form) throws Exception {
    return post(form, null, Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin"));
  }

  private static Consent stored(Client.Reply reply) {
    String value = reply.cookie("consent").orElseThrow().value();
    return Consent.read(value, TestCookies.REVISION, TestCookies.consentLifetime(), Instant.now())
        .orElseThrow(() -> new AssertionError("not a valid choice: " + value));
  }

  @Test
  void aChoiceIsStoredLoggedAndTheVisitorSentBack() throws Exception {
    Client.Reply reply = post("accept=statistics&accept=marketing&back=%2Fshop%3Fpage%3D2");

    assertEquals(303, reply.status());
    assertEquals("/shop?page=2", reply.location().orElseThrow());
    Consent consent = stored(reply);
    assertEquals(EnumSet.of(Category.NECESSARY, Category.STATISTICS, Category.MARKETING),
        consent.granted());
    assertEquals(1, records.size());
    ConsentRecord record = records.get(0);
    assertEquals(consent.id().orElseThrow(), record.id());
    assertEquals(TestCookies.REVISION, record.revision());
    assertEquals(consent.granted(), record.granted());
    assertEquals(consent.time().orElseThrow(), record.time());
    assertTrue(Duration.between(record.time(), Instant.now()).toMinutes() < 5);
    SetCookieHeader cookie = reply.cookie("consent").orElseThrow();
    assertEquals(List.of(), AttributeCheck.differences(cookie, TestCookies.CONSENT, Instant.now()));
  }

  @Test
  void allAndNecessaryAndCommas() throws Exception {
    assertEquals(Consent.all().granted(), stored(post("accept=all")).granted());
    assertEquals(Consent.necessaryOnly().granted(), stored(post("accept=necessary")).granted());
    assertEquals(Consent.of(Category.FUNCTIONAL, Category.STATISTICS).granted(),
        stored(post("accept=Functional%2C+statistics")).granted());
  }

  @Test
  void crossSitePostsAreRefused() throws Exception {
    for (Map<String, String> headers : List.of(
        Map.of("Origin", "http://evil.example"),
        Map.of("Origin", "null"),
        Map.of("Sec-Fetch-Site", "cross-site"),
        Map.of("Sec-Fetch-Site", "same-site", "Origin", origin),
        Map.of("Sec-Fetch-Site", "cross-site", "Origin", origin))) {
      Client.Reply reply = post("accept=all", null, headers);
      assertEquals(403, reply.status(), headers.toString());
      assertEquals(List.of(), reply.names(), headers.toString());
    }
    assertTrue(records.isEmpty());
    assertEquals(303, post("accept=all", null, Map.of()).status(), "no browser headers: a script");
    assertEquals(303, post("accept=all", null, Map.of("Sec-Fetch-Site", "none")).status(),
        "the visitor's own action");
  }

  @Test
  void onlyALocalPathIsAPlaceToGoBackTo() throws Exception {
    for (String back : new String[] {"%2F%2Fevil.example%2Fx", "https%3A%2F%2Fevil.example",
        "%2F%5Cevil.example", "evil", "%2Fa%0D%0ASet-Cookie%3A+x%3D1", ""}) {
      Client.Reply reply = post("accept=all&back=" + back);
      assertEquals(303, reply.status(), back);
      assertEquals("/", reply.location().orElseThrow(), back);
    }
  }

  @Test
  void aMalformedChoiceIsRefused() throws Exception {
    for (String form : new String[] {"accept=cookies", "back=%2F", "accept=", "accept=all%2Cnone"}) {
      Client.Reply reply = post(form);
      assertEquals(400, reply.status(), form);
      assertEquals(List.of(), reply.names(), form);
    }
    assertEquals(405, client.get("/consent", null).status());
  }

  @Test
  void withdrawingACategoryDeletesItsCookies() throws Exception {
    String everything = "consent=" + Consent.all().madeAt(Instant.now())
        .format(TestCookies.REVISION) + "; _stat=1; lang=fr";

    Client.Reply reply = post("accept=functional", everything,
        Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin"));

    assertEquals(303, reply.status());
    assertTrue(reply.names().containsAll(List.of("consent", "_stat", "ads")), reply.names()
        .toString());
    FilterContract.assertDeletes(reply, TestCookies._STAT.expireCookieHeader());
    FilterContract.assertDeletes(reply, TestCookies.ADS.expireCookieHeader());
    assertTrue(reply.cookie("lang").isEmpty(), "functional is kept");
  }

  @Test
  void initParametersConfigureRegistryAndLog() throws Exception {
    Container container = started(new Site()
        .param(CookieLedgerFilter.REGISTRY, TestCookies.class.getName())
        .servlet("/consent", new ConsentServlet(), Map.of(
            ConsentServlet.REGISTRY, TestCookies.class.getName(),
            ConsentServlet.CONSENT_LOG, RecordingLog.class.getName())));
    RecordingLog.RECORDS.clear();

    Client.Reply reply = new Client(container.base()).post("/consent", "accept=all", null,
        Map.of());

    assertEquals(303, reply.status());
    assertEquals(1, RecordingLog.RECORDS.size());
  }

  @Test
  void badSettingsFailStartUpNamingTheSetting() throws Exception {
    Map<ServletInitProbe, String> cases = Map.of(
        new ServletInitProbe(new ConsentServlet(NoConsentCookieRegistry.class, null)),
            "add consentCookie = \"cookies_preferences\" to @CookiePolicy",
        new ServletInitProbe(new ConsentServlet()), "init parameter 'registry' of servlet",
        new ServletInitProbe(new ConsentServlet(TestCookies.class, null)),
            "init parameter 'consentLog' of servlet");
    for (Map.Entry<ServletInitProbe, String> bad : cases.entrySet()) {
      started(new Site().param(CookieLedgerFilter.REGISTRY, TestCookies.class.getName())
          .servlet("/consent", bad.getKey(), Map.of(ConsentServlet.CONSENT_LOG, "java.lang.String")));
      assertNotNull(bad.getKey().failure, bad.getValue());
      assertTrue(bad.getKey().failure.getMessage().contains(bad.getValue()),
          bad.getKey().failure.getMessage());
    }
  }
}
