package io.github.cookieledger.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generated banner modules loaded by the real libraries (vanilla-cookieconsent 3.1.0, Klaro
 * 0.7.22, from npm) in Chromium, from a real server: they load without error from a declaration
 * set with hostile texts, accepting keeps every tracker, and withdrawing statistics and marketing
 * removes their cookies and web storage (IndexedDB too) and tells Google Consent Mode, while
 * necessary and functional ones stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BannerBrowserTest {
  /** The fixture's hostile purpose of {@code ad_id}, as a visitor must read it. */
  private static final String HOSTILE_PURPOSE = "To count 'views' </script><script>window.pwned"
      + " = 1</script> \\ ${x} `y` \u2028 line \u2029 paragraph";

  @TempDir static Path temp;
  TestSite site;
  ChromeDriver browser;

  private static final String PAGE_START = String.join("\n",
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>banner</title>",
      "<script>",
      "window.errors = [];",
      "window.addEventListener('error', (e) => window.errors.push(String(e.message)));",
      "window.gtagCalls = [];",
      "window.gtag = function () { window.gtagCalls.push(Array.from(arguments)); };",
      "</script></head><body>");

  /** The trackers a page's scripts would have written, of every category. */
  private static final String SET_TRACKERS = String.join("\n",
      "const done = arguments[arguments.length - 1];",
      "for (const c of ['theme=dark', '_ga=GA1', '_ga_ABC123=GS1', 'ad_id=7']) {",
      "  document.cookie = c + '; path=/; max-age=3600';",
      "}",
      "localStorage.setItem('cart', '1');",
      "localStorage.setItem('theme', 'dark');",
      "sessionStorage.setItem('draft_contact', 'hello');",
      "localStorage.setItem('_hjSessionUser_42', 'u');",
      "localStorage.setItem('ad.7.seen', '3');",
      "const open = indexedDB.open('stats-db');",
      "open.onsuccess = () => { open.result.close(); done(true); };",
      "open.onerror = () => done(false);");

  private static final String TRACKERS = String.join("\n",
      "const done = arguments[arguments.length - 1];",
      "const state = {",
      "  cookies: document.cookie.split(/;\\s*/).filter((c) => c).map((c) => c.split('=')[0]),",
      "  local: Object.keys(localStorage), session: Object.keys(sessionStorage) };",
      "indexedDB.databases().then((all) => {",
      "  state.databases = all.map((d) => d.name);",
      "  done(state);",
      "});");

  @BeforeAll
  void start() {
    Path npm = Chromium.npmPackages("vanilla-cookieconsent", "klaro");
    Fixture fixture = Fixture.compile("banner", temp, "cookieledger.formats=cookieconsent,klaro");
    browser = Chromium.start();
    site = TestSite.start().folder("npm", npm).folder("gen", fixture.documents());
    site.page("/cookieconsent", PAGE_START + String.join("\n",
        "<link rel=\"stylesheet\" href=\"/npm/vanilla-cookieconsent/dist/cookieconsent.css\">",
        "<script type=\"module\">",
        "import * as CookieConsent from '/npm/vanilla-cookieconsent/dist/cookieconsent.esm.js';",
        "import config from '/gen/cookieconsent-config.mjs';",
        "window.CookieConsent = CookieConsent;",
        "// hideFromBots: false, or cookieconsent shows nothing to a browser driven by WebDriver",
        "CookieConsent.run({ ...config, hideFromBots: false }).then(() => { window.bannerReady = true; },",
        "    (e) => window.errors.push(String(e)));",
        "</script></body></html>"));
    site.page("/klaro", PAGE_START + String.join("\n",
        "<script type=\"module\">",
        "import config from '/gen/klaro-config.mjs';",
        "window.klaroConfig = config;",
        "const script = document.createElement('script');",
        "script.src = '/npm/klaro/dist/klaro.js';",
        "script.onload = () => { window.bannerReady = true; };",
        "document.head.appendChild(script);",
        "</script></body></html>"));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  private void open(String path) {
    site.page("/blank", "<!DOCTYPE html><title>blank</title>");
    browser.get(site.base() + "/blank");
    Chromium.clear(browser);
    browser.get(site.base() + path);
    new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(browser.executeScript("return window.bannerReady")));
    assertEquals(List.of(), browser.executeScript("return window.errors"));
    assertEquals(true, browser.executeAsyncScript(SET_TRACKERS));
  }

  @SuppressWarnings("unchecked")
  private Map<String, List<String>> trackers() {
    return (Map<String, List<String>>) browser.executeAsyncScript(TRACKERS);
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> lastConsentUpdate() {
    List<List<Object>> calls = (List<List<Object>>) browser.executeScript("return window.gtagCalls");
    assertTrue(!calls.isEmpty(), "gtag was called");
    List<Object> last = calls.get(calls.size() - 1);
    assertEquals(List.of("consent", "update"), last.subList(0, 2));
    return (Map<String, String>) last.get(2);
  }

  /** Statistics and marketing withdrawn: theirs gone, the others kept. */
  private void assertOnlyNecessaryAndFunctionalRemain() {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        !trackers().get("databases").contains("stats-db"));
    Map<String, List<String>> left = trackers();
    assertTrue(left.get("cookies").contains("theme"), left.toString());
    for (String gone : List.of("_ga", "_ga_ABC123", "ad_id")) {
      assertTrue(!left.get("cookies").contains(gone), gone + " deleted: " + left);
    }
    assertTrue(left.get("local").containsAll(List.of("cart", "theme")), left.toString());
    assertTrue(!left.get("local").contains("_hjSessionUser_42")
        && !left.get("local").contains("ad.7.seen"), left.toString());
    assertEquals(List.of("draft_contact"), left.get("session"));
    Map<String, String> states = lastConsentUpdate();
    assertEquals("denied", states.get("analytics_storage"));
    assertEquals("denied", states.get("ad_storage"));
    assertEquals("denied", states.get("ad_user_data"));
    assertEquals("granted", states.get("functionality_storage"));
    assertEquals("granted", states.get("security_storage"));
  }

  @Test
  void cookieConsentKeepsWhatIsAcceptedAndClearsWhatIsWithdrawn() {
    open("/cookieconsent");
    // cookieconsent fades its modal in after run() resolves: until the transition ends the
    // button is in the page but not yet clickable, so retry the click rather than race it.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(ElementNotInteractableException.class)
        .until(d -> {
          d.findElement(By.cssSelector("#cc-main .cm button[data-role=\"all\"]")).click();
          return true;
        });
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> trackers().get("cookies").contains("cc_cookie"));
    assertTrue(trackers().get("cookies").containsAll(List.of("_ga", "_ga_ABC123", "ad_id")));
    assertEquals("granted", lastConsentUpdate().get("analytics_storage"));

    browser.executeScript("window.CookieConsent.acceptCategory(['functional'])");
    assertOnlyNecessaryAndFunctionalRemain();
  }

  @Test
  void cookieConsentShowsEveryDeclarationAsTextInThePreferences() {
    open("/cookieconsent");
    browser.executeScript("window.CookieConsent.showPreferences()");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        browser.findElement(By.cssSelector("#cc-main .pm")).getAttribute("textContent")
            .contains("_hjSessionUser_*"));
    String text = browser.findElement(By.cssSelector("#cc-main .pm"))
        .getAttribute("textContent");
    assertTrue(text.contains(HOSTILE_PURPOSE), text);
    assertTrue(text.contains("To cap how often an ad </script> is shown \u2028 again"), text);
    assertTrue(text.contains("Ads & <Partners> \"Co\""), text);
    assertTrue(text.contains("local storage") && text.contains("IndexedDB"), text);
    assertNull(browser.executeScript("return window.pwned"));
  }

  @Test
  void klaroShowsEveryDeclarationAsTextInItsModal() {
    open("/klaro");
    browser.executeScript("klaro.show(window.klaroConfig, true)");
    new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
        .until(d -> browser.findElement(By.cssSelector("#klaro"))
            .getAttribute("textContent").contains("Hotjar"));
    String text = browser.findElement(By.cssSelector("#klaro"))
        .getAttribute("textContent");
    assertTrue(text.contains(HOSTILE_PURPOSE), text);
    assertTrue(text.contains("Ads & <Partners> \"Co\""), text);
    assertNull(browser.executeScript("return window.pwned"));
  }

  @Test
  void klaroKeepsWhatIsAcceptedAndClearsWhatIsWithdrawn() {
    open("/klaro");
    browser.executeScript("const m = klaro.getManager(); m.changeAll(true);"
        + " m.saveAndApplyConsents();");
    assertEquals(true, browser.executeAsyncScript(SET_TRACKERS));
    assertTrue(trackers().get("cookies").containsAll(List.of("_ga", "_ga_ABC123", "ad_id")));
    assertEquals("granted", lastConsentUpdate().get("analytics_storage"));

    browser.executeScript("const m = klaro.getManager();"
        + " for (const s of window.klaroConfig.services) {"
        + "   if (s.purposes.includes('statistics') || s.purposes.includes('marketing')) {"
        + "     m.updateConsent(s.name, false); } }"
        + " m.saveAndApplyConsents();");
    assertOnlyNecessaryAndFunctionalRemain();
  }
}
