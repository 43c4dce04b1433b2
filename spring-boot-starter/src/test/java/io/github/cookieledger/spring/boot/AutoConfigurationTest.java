package io.github.cookieledger.spring.boot;

import static io.github.cookieledger.spring.boot.SiteClient.pair;
import static io.github.cookieledger.spring.boot.SiteClient.setCookie;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cookieledger.servlet.ConsentLog;
import io.github.cookieledger.servlet.CookieLedgerFilter;
import io.github.cookieledger.servlet.LedgerRegistry;
import io.github.cookieledger.spring.boot.site.SiteCookies;
import io.github.cookieledger.spring.boot.site.TestSite;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * The starter with nothing configured (but the session cookie, in the tests'
 * {@code application.properties}): it finds the registry from the
 * class path's {@code cookies.json}, registers the filter and the consent endpoint at the default
 * path, and the filter enforces the policy on a real Tomcat.
 */
@SpringBootTest(classes = TestSite.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AutoConfigurationTest {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired LedgerRegistry registry;

  SiteClient site;

  @BeforeEach
  void client() {
    site = new SiteClient(port);
  }

  @Test
  void theRegistryIsFoundFromTheClassPathsCookiesJson() {
    assertThat(registry.type()).isEqualTo(SiteCookies.class);
    assertThat(context.getBean("cookieLedgerFilter", FilterRegistrationBean.class).getFilter())
        .isInstanceOf(CookieLedgerFilter.class);
    assertThat(context.getBeansOfType(ConsentLog.class)).hasSize(1);
  }

  @Test
  void anUndeclaredCookieIsDroppedAndTheResponseStillGoesOut() {
    HttpResponse<String> response = site.get("/cookies/intruder", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ok");
    assertThat(setCookie(response, "intruder")).isEmpty();
  }

  @Test
  void aCookieThatNeedsConsentWaitsForIt() {
    assertThat(setCookie(site.get("/cookies/theme", null), "theme")).isEmpty();

    HttpResponse<String> chosen = site.post(CookieLedgerProperties.DEFAULT_CONSENT_PATH,
        "accept", "all", "back", "/cookies/theme");
    assertThat(chosen.statusCode()).isEqualTo(303);
    assertThat(chosen.headers().firstValue("Location")).hasValue("/cookies/theme");
    String consent = pair(setCookie(chosen, "consent").orElseThrow());

    HttpResponse<String> allowed = site.get("/cookies/theme", consent);
    assertThat(setCookie(allowed, "theme")).hasValue(SiteCookies.THEME.setCookieHeader("dark"));
    // Declared, but not with these attributes: dropped.
    assertThat(setCookie(site.get("/cookies/theme-altered", consent), "theme")).isEmpty();
  }

  @Test
  void withdrawingConsentDeletesTheCookieFromTheBrowser() {
    HttpResponse<String> chosen = site.post(CookieLedgerProperties.DEFAULT_CONSENT_PATH,
        "accept", "necessary", "back", "/");
    String consent = pair(setCookie(chosen, "consent").orElseThrow());
    HttpResponse<String> next = site.get("/cookies/none", consent + "; theme=dark");
    assertThat(setCookie(next, "theme")).hasValue(SiteCookies.THEME.expireCookieHeader());
  }

  @Test
  void theContainersSessionCookieCarriesTheDeclaredAttributes() {
    String session = setCookie(site.get("/cookies/session", null), "sid").orElseThrow();
    assertThat(session).contains("; Path=/").contains("; Secure").contains("; HttpOnly")
        .contains("; SameSite=Lax");
  }
}
