package io.github.cookieledger.spring.boot;

import static io.github.cookieledger.spring.boot.SiteClient.pair;
import static io.github.cookieledger.spring.boot.SiteClient.setCookie;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.servlet.ConsentLog;
import io.github.cookieledger.servlet.ConsentRecord;
import io.github.cookieledger.spring.boot.site.SiteCookies;
import io.github.cookieledger.spring.boot.site.TestSite;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** An application's own {@link ConsentLog} bean replaces the default one. */
@SpringBootTest(classes = {TestSite.class, CustomConsentLogTest.Recording.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomConsentLogTest {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired List<ConsentRecord> records;

  @TestConfiguration(proxyBeanMethods = false)
  static class Recording {
    @Bean
    List<ConsentRecord> records() {
      return new CopyOnWriteArrayList<>();
    }

    @Bean
    ConsentLog databaseLog(List<ConsentRecord> records) {
      return records::add;
    }
  }

  @Test
  void everyChoiceReachesTheApplicationsLogWithTheIdTheCookieHolds() {
    assertThat(context.getBeansOfType(ConsentLog.class)).containsOnlyKeys("databaseLog");

    Instant before = Instant.now().minusSeconds(1);
    String stored = pair(setCookie(new SiteClient(port).post(
        CookieLedgerProperties.DEFAULT_CONSENT_PATH, "accept", "functional", "back", "/"),
        "consent").orElseThrow()).substring("consent=".length());

    assertThat(records).hasSize(1);
    ConsentRecord record = records.get(0);
    Consent consent = Consent.read(stored, SiteCookies.REVISION, Duration.ofDays(1), Instant.now())
        .orElseThrow();
    assertThat(record.id()).isEqualTo(consent.id().orElseThrow());
    assertThat(record.revision()).isEqualTo(SiteCookies.REVISION);
    assertThat(record.granted()).containsExactlyInAnyOrder(Category.NECESSARY, Category.FUNCTIONAL);
    assertThat(record.time()).isBetween(before, Instant.now());
  }
}
