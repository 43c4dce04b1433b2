package org.example.springportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The executable jar in a real browser: Debian's Chromium, headless, driven by Selenium. The
 * consent forms post to the starter's endpoint; the starter's filter gates, checks and withdraws
 * the cookies; the browser shows what it kept.
 *
 * <p>Skipped where Chromium is not installed, failed instead when {@code CI=true}: CI must run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

  RunningJar site;
  ChromeDriver browser;
  String base;

  @BeforeAll
  void startSite() throws Exception {
    requireBrowser();
    site = RunningJar.start();
    base = site.base().toString();
  }

  /** A fresh browser (fresh profile, no cookies) per test. */
  @BeforeEach
  void startBrowser() throws Exception {
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
        "--user-data-dir=" + Files.createTempDirectory(profiles, "profile-").toAbsolutePath());
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(driver, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @AfterAll
  void stopSite() throws InterruptedException {
    if (site != null) {
      // The site sets only declared cookies with their declared attributes: the filter never
      // had to drop or report one.
      List<String> warnings = site.output().stream()
          .filter(line -> line.contains("WARN") && line.contains("cookieledger")).toList();
      site.close();
      assertEquals(List.of(), warnings);
    }
  }

  @Test
  void consentGatesTheCounterAndWithdrawalDeletesIt() {
    browser.get(base + "/");
    assertNotNull(browser.findElement(By.id("cookie-banner")));
    assertNull(browser.manage().getCookieNamed("visit_count"), "no statistics before consent");
    assertNull(browser.manage().getCookieNamed("cookies_preferences"));

    submit(By.id("accept-all"));
    assertEquals(base + "/", browser.getCurrentUrl(), "the endpoint sends the visitor back");
    browser.navigate().refresh();
    Cookie counter = browser.manage().getCookieNamed("visit_count");
    assertNotNull(counter, "the browser kept the counter after Accept all");
    assertEquals("2", counter.getValue(), "one visit after the redirect, one on reload");
    assertTrue(counter.isSecure() && counter.isHttpOnly(), counter.toString());
    assertEquals("Lax", counter.getSameSite());
    long days = Duration.between(Instant.now(), counter.getExpiry().toInstant()).toDays();
    assertTrue(days >= 178 && days <= 180, "six months, got " + days + " days");
    assertTrue(browser.findElements(By.id("cookie-banner")).isEmpty());
    assertEquals("You have opened this page 2 times.",
        browser.findElement(By.id("visits")).getText());

    Cookie choice = browser.manage().getCookieNamed("cookies_preferences");
    assertNotNull(choice, "the starter's endpoint stored the choice");
    assertTrue(choice.isSecure() && choice.isHttpOnly(), choice.toString());

    browser.get(base + "/cookie-policy");
    String tables = browser.findElement(By.id("cookie-tables")).getText();
    for (String name : List.of("sessionid", "csrftoken", "django_language",
        "cookies_preferences", "visit_count")) {
      assertTrue(tables.contains(name), name + " in " + tables);
    }
    assertTrue(tables.contains("To remember the user from one page to another"), tables);

    // Withdraw statistics on the policy page: the filter deletes the counter from the browser.
    browser.findElement(By.id("consent-statistics")).click();
    submit(By.id("save-categories"));
    assertNull(browser.manage().getCookieNamed("visit_count"), "withdrawn, so deleted");
    browser.get(base + "/");
    assertNull(browser.manage().getCookieNamed("visit_count"));
    assertTrue(browser.findElements(By.id("cookie-banner")).isEmpty(), "the choice is kept");
    assertEquals("Your visits are not counted: statistics cookies are off.",
        browser.findElement(By.id("visits")).getText());
  }

  @Test
  void necessaryOnlySetsNoCounter() {
    browser.get(base + "/");
    submit(By.id("necessary-only"));
    browser.navigate().refresh();
    assertNull(browser.manage().getCookieNamed("visit_count"));
    assertNotNull(browser.manage().getCookieNamed("cookies_preferences"));
    assertTrue(browser.findElements(By.id("cookie-banner")).isEmpty());
  }

  @Test
  void springsLocaleCookieIsTheDeclaredLanguageCookie() {
    browser.get(base + "/cookie-policy");
    submit(By.cssSelector("a[hreflang=fr]"));
    assertEquals(base + "/cookie-policy", browser.getCurrentUrl());
    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
    String text = browser.findElement(By.id("cookie-tables")).getText();
    assertTrue(text.contains("Mémoriser l’utilisateur d’une page à l’autre"), text);
    Cookie language = browser.manage().getCookieNamed("django_language");
    assertNotNull(language, "Spring's CookieLocaleResolver wrote it and the filter let it pass");
    assertEquals("fr", language.getValue());
    assertTrue(language.isSecure() && language.isHttpOnly(), language.toString());
    long days = Duration.between(Instant.now(), language.getExpiry().toInstant()).toDays();
    assertTrue(days >= 363 && days <= 365, "one year, got " + days + " days");

    submit(By.cssSelector("a[hreflang=en]"));
    assertFalse(browser.findElement(By.id("cookie-tables")).getText().contains("Mémoriser"));
  }

  @Test
  void theContainersSessionCookieIsTheDeclaredSessionid() {
    browser.get(base + "/");
    browser.findElement(By.id("username")).sendKeys("ada");
    submit(By.id("login"));
    assertEquals("Signed in as ada.", browser.findElement(By.id("signed-in")).getText());
    Cookie session = browser.manage().getCookieNamed("sessionid");
    assertNotNull(session, "the container's session cookie carries the declared name");
    assertTrue(session.isSecure() && session.isHttpOnly(), session.toString());
    assertEquals("Lax", session.getSameSite());
    assertNull(session.getExpiry(), "a session cookie");
    assertNotNull(browser.manage().getCookieNamed("csrftoken"));

    submit(By.id("logout"));
    assertNull(browser.manage().getCookieNamed("sessionid"));
    assertNull(browser.manage().getCookieNamed("csrftoken"));
    assertFalse(browser.findElements(By.id("login")).isEmpty());
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

  /** Skips the test where Chromium is missing; fails it instead with {@code CI=true}. */
  private static void requireBrowser() {
    for (Path needed : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(needed)) {
        String message = "Browser test: " + needed + " not found; install Debian's Chromium and"
            + " its driver to run it: sudo apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          fail(message + " (CI=true: the browser test must run on CI; .ci/run installs them)");
        }
        Assumptions.abort(message);
      }
    }
  }
}
