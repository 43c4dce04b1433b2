package io.github.cookieledger.testing;

import io.github.cookieledger.Consent;
import io.github.cookieledger.StorageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.WebDriver;

/**
 * Checks what a real browser holds against the cookie policy: after a test has driven a page
 * with Selenium, {@link #check} reads every cookie (on Chromium through the DevTools protocol, so
 * other domains' and HttpOnly cookies too) and the page's {@code localStorage}, {@code
 * sessionStorage} and IndexedDB names, and fails with one {@link AssertionError} that lists every
 * problem:
 *
 * <ul>
 *   <li>a cookie or key that no {@code @Cookie}/{@code @Storage} of the registry declares;
 *   <li>a cookie whose attributes differ from the declaration: Secure, HttpOnly, SameSite (a
 *       cookie set without it counts as Lax, as browsers treat it), Path, Domain, and an expiry
 *       beyond the declared duration (a session cookie when a lifetime is declared is fine; a
 *       lifetime when a session cookie is declared is not);
 *   <li>a cookie or key present although the visitor's consent does not allow its category.
 * </ul>
 *
 * <pre>{@code
 * BrowserAudit audit = BrowserAudit.of(CookieRegistry.class);
 * driver.get(base + "/");
 * audit.check(driver, Consent.necessaryOnly());   // before the visitor chose
 * driver.findElement(By.id("accept-all")).click();
 * audit.check(driver, Consent.all());
 * }</pre>
 */
public final class BrowserAudit {
  private final RegistryDeclarations declared;

  private BrowserAudit(RegistryDeclarations declared) {
    this.declared = declared;
  }

  /**
   * An audit against a generated registry's cookies and web storage.
   *
   * @param registry the registry class cookieledger generated, e.g. {@code CookieRegistry.class}
   * @return the audit
   * @throws IllegalArgumentException when the class is not a cookieledger registry
   */
  public static BrowserAudit of(Class<?> registry) {
    return new BrowserAudit(RegistryDeclarations.of(registry));
  }

  /**
   * Fails when the browser holds anything the policy does not declare, declares otherwise, or
   * the consent does not allow.
   *
   * @param driver the browser, on the page whose storage to check
   * @param consent what the visitor has agreed to
   * @throws AssertionError listing every problem, one a line
   */
  public void check(WebDriver driver, Consent consent) {
    List<String> problems = problems(driver, consent);
    if (problems.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder("BrowserAudit of ").append(declared.registry())
        .append(" found ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems").append(" at ")
        .append(Texts.shown(driver.getCurrentUrl())).append(" with consent ")
        .append(consent.granted()).append(':');
    problems.forEach(problem -> message.append("\n  - ").append(problem));
    throw new AssertionError(message.toString());
  }

  /**
   * Every problem {@link #check} would report, for tests that look at them one by one.
   *
   * @param driver the browser, on the page whose storage to check
   * @param consent what the visitor has agreed to
   * @return the problems, cookies first, in the browser's order; empty when all is well
   */
  public List<String> problems(WebDriver driver, Consent consent) {
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(consent, "consent");
    BrowserState state = BrowserState.read(driver);
    Instant now = Instant.now();
    List<String> problems = new ArrayList<>();
    for (ObservedCookie cookie : state.cookies()) {
      CookieCheck.check(cookie, declared, consent, now, problems);
    }
    for (Map.Entry<StorageKind, List<String>> kind : state.keys().entrySet()) {
      for (String key : kind.getValue()) {
        StorageCheck.check(kind.getKey(), key, declared, consent, problems);
      }
    }
    return problems;
  }
}
