package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Consent;
import io.github.cookieledger.testing.BrowserAudit;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser: Debian's Chromium, headless, driven by Selenium. Proves what the
 * HTTP tests cannot: that a browser accepts the cookies as the site sends them (Secure on
 * http://localhost, SameSite, deletion with every attribute) and shows the policy's rows.
 *
 * <p>Skipped where Chromium is not installed, failed instead when {@code CI=true}: CI must run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

  PortalServer server;
  ChromeDriver browser;
  String base;

  @BeforeAll
  void start() throws IOException {
    BrowserAvailability.require(CHROMIUM, CHROMEDRIVER, System.getenv("CI"));
    server = PortalServer.start(0);
    base = "http://localhost:" + server.port();
    browser = startChromium();
  }

  /** Debian's Chromium, headless, through chromedriver on a free port, with a fresh profile. */
  static ChromeDriver startChromium() throws IOException {
    Path profiles =
        Paths.get(System.getProperty("sample.browserProfiles", "target/chromium-profiles"));
    Files.createDirectories(profiles);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // Containers often have a tiny /dev/shm, where Chromium's renderer crashes.
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--hide-scrollbars",
        // A fresh profile per run: no cookie survives from an earlier run.
        "--user-data-dir=" + Files.createTempDirectory(profiles, "profile-").toAbsolutePath());
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver browser = new ChromeDriver(driver, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void consentGatesTheCounterAndThePolicyShowsTheSeedsRows() throws IOException {
    browser.get(base + "/");
    assertNotNull(browser.findElement(By.id("cookie-banner")));
    assertNull(browser.manage().getCookieNamed("visit_count"), "no statistics before consent");
    assertNull(browser.manage().getCookieNamed("cookies_preferences"));
    // everything the browser holds is declared as the browser holds it, and needs no consent
    BrowserAudit audit = BrowserAudit.of(CookieRegistry.class);
    audit.check(browser, Consent.necessaryOnly());

    submit(By.id("accept-all"));
    browser.navigate().refresh();
    Cookie counter = browser.manage().getCookieNamed("visit_count");
    assertNotNull(counter, "the browser kept the counter after Accept all");
    assertEquals("2", counter.getValue(), "one visit after the redirect, one on reload");
    assertTrue(counter.isSecure() && counter.isHttpOnly(), counter.toString());
    assertEquals("Lax", counter.getSameSite());
    assertEquals("/", counter.getPath());
    long days = Duration.between(Instant.now(), counter.getExpiry().toInstant()).toDays();
    assertTrue(days >= 178 && days <= 180, "six months, got " + days + " days");
    assertTrue(browser.findElements(By.id("cookie-banner")).isEmpty());
    assertEquals("You have opened this page 2 times.",
        browser.findElement(By.id("visits")).getText());
    audit.check(browser, Consent.all());

    browser.get(base + "/cookie-policy");
    Document page = Jsoup.parse(browser.getPageSource());
    Map<String, Seed.Row> rows = PolicyTables.byName(page.select("#cookie-tables table"));
    for (Seed.Row seed : Seed.ROWS) {
      assertEquals(seed, rows.get(seed.name));
    }
    screenshot();

    // Withdraw statistics on the policy page: the browser deletes the counter.
    browser.findElement(By.id("consent-statistics")).click();
    submit(By.id("save-categories"));
    assertNull(browser.manage().getCookieNamed("visit_count"), "withdrawn, so deleted");
    assertNotNull(browser.manage().getCookieNamed("cookies_preferences"));
    browser.get(base + "/");
    assertNull(browser.manage().getCookieNamed("visit_count"));
    assertTrue(browser.findElements(By.id("cookie-banner")).isEmpty(), "the choice is kept");
  }

  @Test
  void frenchVisitorsReadTheFrenchPolicy() {
    browser.get(base + "/cookie-policy");
    submit(By.cssSelector("a[hreflang=fr]"));
    assertEquals(base + "/cookie-policy", browser.getCurrentUrl());
    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
    String text = browser.findElement(By.id("cookie-tables")).getText();
    assertTrue(text.contains("Mémoriser l’utilisateur d’une page à l’autre"), text);
    assertEquals("fr", browser.manage().getCookieNamed("django_language").getValue());
    submit(By.cssSelector("a[hreflang=en]"));
    assertFalse(browser.findElement(By.id("cookie-tables")).getText().contains("Mémoriser"));
  }

  /**
   * Clicks and waits for the next page to have loaded: a click returns before the browser has
   * navigated. The mark set on the old page is gone once the new one is there.
   */
  private void submit(By target) {
    JavascriptExecutor script = browser;
    script.executeScript("window.cookieledgerOldPage = true");
    browser.findElement(target).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        // While the page changes, Chromium may answer with transient errors.
        .ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(script.executeScript(
            "return window.cookieledgerOldPage === undefined"
                + " && document.readyState === 'complete'")));
  }

  /** The whole policy page, for the README. */
  private void screenshot() throws IOException {
    // Grow the window to the page's height (text rewraps as it grows, so measure again).
    for (int i = 0; i < 4; i++) {
      long height = ((Number) ((JavascriptExecutor) browser)
          .executeScript("return document.documentElement.scrollHeight")).longValue();
      long viewport = ((Number) ((JavascriptExecutor) browser)
          .executeScript("return window.innerHeight")).longValue();
      if (viewport >= height) {
        break;
      }
      Dimension size = browser.manage().window().getSize();
      browser.manage().window().setSize(
          new Dimension(size.getWidth(), (int) (size.getHeight() + height - viewport)));
    }
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Path target = Paths.get(System.getProperty("sample.screenshot", "target/cookie-policy.png"));
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, png);
    browser.manage().window().setSize(new Dimension(1280, 900));
    assertTrue(png.length > 10_000, "a real picture: " + png.length + " bytes");
  }
}
