package io.github.cookieledger.spring.boot;

import static io.github.cookieledger.spring.boot.SiteClient.setCookie;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cookieledger.servlet.LedgerRegistry;
import io.github.cookieledger.spring.boot.site.SiteCookies;
import io.github.cookieledger.spring.boot.site.TestSite;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Each {@code cookieledger.*} property, on a site started with it. */
@SpringBootTest(classes = TestSite.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PropertiesTest {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Nested
  @TestPropertySource(properties = "cookieledger.undeclared=report")
  class UndeclaredReport {
    @Test
    void anUndeclaredCookiePassesWithAWarning() {
      assertThat(setCookie(new SiteClient(port).get("/cookies/intruder", null), "intruder"))
          .hasValue("intruder=1; Path=/");
    }
  }

  @Nested
  @TestPropertySource(properties = "cookieledger.undeclared=FAIL")
  class UndeclaredFail {
    @Test
    void anUndeclaredCookieFailsTheRequest() {
      var response = new SiteClient(port).get("/cookies/intruder", null);
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(setCookie(response, "intruder")).isEmpty();
    }
  }

  @Nested
  @TestPropertySource(properties = "cookieledger.consent-path=/privacy/choice")
  class ConsentPath {
    @Test
    void theEndpointMovesToThePath() {
      SiteClient site = new SiteClient(port);
      var moved = site.post("/privacy/choice", "accept", "all", "back", "/");
      assertThat(moved.statusCode()).isEqualTo(303);
      assertThat(setCookie(moved, "consent")).isPresent();
      assertThat(site.post(CookieLedgerProperties.DEFAULT_CONSENT_PATH, "accept", "all")
          .statusCode()).isEqualTo(404);
    }
  }

  @Nested
  @TestPropertySource(properties = "cookieledger.registry=io.github.cookieledger.spring.boot.site.SiteCookies")
  class Registry {
    @Test
    void theNamedRegistryIsUsed() {
      assertThat(context.getBean(LedgerRegistry.class).type()).isEqualTo(SiteCookies.class);
    }
  }

  @Nested
  @TestPropertySource(properties = "cookieledger.enabled=false")
  class Disabled {
    @Test
    void nothingIsRegisteredAndNothingChecked() {
      assertThat(context.getBeanNamesForType(LedgerRegistry.class)).isEmpty();
      assertThat(context.containsBean("cookieLedgerFilter")).isFalse();
      assertThat(setCookie(new SiteClient(port).get("/cookies/intruder", null), "intruder"))
          .isPresent();
    }
  }
}
