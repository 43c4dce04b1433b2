package io.github.cookieledger.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.CookieDefinition;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * BrowserAudit in Chromium against pages of a real server: each kind of problem is named in the
 * failure, and a page that keeps to the policy passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserAuditTest {
  @TempDir static Path temp;
  URLClassLoader loader;
  Class<?> registry;
  TestSite site;
  ChromeDriver browser;

  @BeforeAll
  void start() throws Exception {
    loader = Fixture.compile("audit", temp).loader();
    registry = loader.loadClass("org.example.audit.AuditCookies");
    browser = Chromium.start();
    site = TestSite.start();
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
    if (loader != null) {
      loader.close();
    }
  }

  @BeforeEach
  void forgetEverything() {
    site.page("/blank", "<!DOCTYPE html><title>blank</title>");
    browser.get(site.base() + "/blank");
    Chromium.clear(browser);
  }

  /** The registry's own header for a cookie: exactly the declared attributes. */
  private String header(String constant, String value) throws Exception {
    return ((CookieDefinition) registry.getField(constant).get(null)).setCookieHeader(value);
  }

  private void visit(String path, String script, String... setCookies) {
    site.page(path, "<!DOCTYPE html><title>t</title><script>" + script + "</script>", setCookies);
    browser.get(site.base() + path);
  }

  @Test
  void aPageThatKeepsToThePolicyPasses() throws Exception {
    visit("/clean", "localStorage.setItem('cart', '[1,2]');", header("SID", "s1"));
    BrowserAudit.of(registry).check(browser, Consent.necessaryOnly());
    visit("/clean-consented", "localStorage.setItem('prefs_layout', 'wide');"
        + "document.cookie = '_ga=GA1.1; path=/; max-age=3600; secure; samesite=lax';",
        header("THEME", "dark"));
    BrowserAudit.of(registry).check(browser, Consent.of(Category.FUNCTIONAL, Category.STATISTICS));
  }

  @Test
  void anUndeclaredCookieIsNamed() {
    visit("/undeclared", "document.cookie = 'tracker=1; path=/; secure; samesite=lax';");
    AssertionError failure = assertThrows(AssertionError.class,
        () -> BrowserAudit.of(registry).check(browser, Consent.all()));
    assertTrue(failure.getMessage().contains("cookie \"tracker\" (domain localhost, path /): no"
        + " @Cookie of org.example.audit.AuditCookies declares it"), failure.getMessage());
    assertTrue(failure.getMessage().startsWith("BrowserAudit of org.example.audit.AuditCookies"
        + " found 1 problem at " + site.base() + "/undeclared"), failure.getMessage());
  }

  @Test
  void attributesOtherThanDeclaredAreNamedOneByOne() {
    // theme: declared Secure, SameSite=Lax, path /, host-only, 30 days
    visit("/attributes", "", "theme=dark; Path=/; Max-Age=31536000; SameSite=Strict");
    List<String> problems = BrowserAudit.of(registry).problems(browser, Consent.all());
    String cookie = "cookie \"theme\" (domain localhost, path /)";
    assertTrue(problems.contains(cookie + ": Secure is false, declared true"), problems.toString());
    assertTrue(problems.contains(cookie + ": SameSite is Strict, declared Lax"),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(cookie + ": expires in 36")
        && p.endsWith("beyond its declared duration P30D")), problems.toString());
    assertEquals(3, problems.size(), problems.toString());
  }

  @Test
  void anHttpOnlyCookieIsSeenAndItsFlagChecked() {
    // sid is declared HttpOnly; set without it, JavaScript could read the session
    visit("/httponly", "", "sid=s2; Path=/; Secure; SameSite=Lax");
    List<String> problems = BrowserAudit.of(registry).problems(browser, Consent.necessaryOnly());
    assertEquals(List.of("cookie \"sid\" (domain localhost, path /): HttpOnly is false, declared"
        + " true"), problems);
  }

  @Test
  void aConsentRequiringCookieWithoutConsentIsNamed() {
    visit("/no-consent",
        "document.cookie = '_ga=GA1.2; path=/; max-age=3600; secure; samesite=lax';");
    AssertionError failure = assertThrows(AssertionError.class,
        () -> BrowserAudit.of(registry).check(browser, Consent.necessaryOnly()));
    assertTrue(failure.getMessage().contains("cookie \"_ga\" (domain localhost, path /): present"
        + " although the consent [NECESSARY] does not allow its category STATISTICS"),
        failure.getMessage());
  }

  @Test
  void anUndeclaredLocalStorageKeyAndAKeyWithoutConsentAreNamed() {
    visit("/storage", "localStorage.setItem('mystery', '1');"
        + "localStorage.setItem('prefs_font', 'large');"
        + "sessionStorage.setItem('tab', 'x');");
    List<String> problems = BrowserAudit.of(registry).problems(browser, Consent.necessaryOnly());
    assertTrue(problems.contains("localStorage key \"mystery\": no @Storage of"
        + " org.example.audit.AuditCookies declares it"), problems.toString());
    assertTrue(problems.contains("sessionStorage key \"tab\": no @Storage of"
        + " org.example.audit.AuditCookies declares it"), problems.toString());
    assertTrue(problems.contains("localStorage key \"prefs_font\" (declared as \"prefs_*\"):"
        + " present although the consent [NECESSARY] does not allow its category FUNCTIONAL"),
        problems.toString());
    assertEquals(3, problems.size(), problems.toString());
  }

  @Test
  void aClassThatIsNotARegistryIsRefusedWithAClearMessage() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> BrowserAudit.of(String.class));
    assertTrue(refused.getMessage().startsWith("java.lang.String is not a cookieledger registry:"
        + " it has no public static List<CookieDefinition> all()"), refused.getMessage());
  }
}
