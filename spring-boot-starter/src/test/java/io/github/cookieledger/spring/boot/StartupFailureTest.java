package io.github.cookieledger.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cookieledger.spring.boot.site.TestSite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bad settings stop the application at start-up, and what Spring Boot prints names the setting
 * and the fix. Each test starts the site on a free port with one bad setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {
  @Test
  void anUnknownUndeclaredModeListsTheValidOnes(CapturedOutput output) {
    assertThatThrownBy(() -> start("cookieledger.undeclared=explode"));
    assertThat(output).contains("cookieledger.undeclared").contains("explode")
        .contains("BLOCK").contains("FAIL").contains("REPORT");
  }

  @Test
  void aRegistryClassThatIsNoRegistry(CapturedOutput output) {
    CookieLedgerStartupException failure = failure("cookieledger.registry=java.lang.String");
    assertThat(failure.setting()).isEqualTo("cookieledger.registry");
    assertThat(failure.problem()).contains("java.lang.String, which is not a registry generated"
        + " by cookieledger");
    assertThat(failure.fix()).startsWith("set cookieledger.registry to the qualified name");
    // Spring Boot's failure report, not a stack trace: description, then the action.
    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("cookieledger cannot protect this application: cookieledger.registry:")
        .contains("Action:");
  }

  @Test
  void aRegistryClassThatIsNotThere() {
    assertThat(failure("cookieledger.registry=org.example.Missing").problem())
        .contains("org.example.Missing, which is not on the class path");
  }

  @Test
  void aPolicyWithoutConsentCookie() {
    CookieLedgerStartupException failure =
        failure("cookieledger.registry=" + NoConsentCookieRegistry.class.getName());
    assertThat(failure.setting()).isEqualTo("@CookiePolicy(consentCookie)");
    assertThat(failure.problem()).contains("names no consent cookie")
        .contains("cookieledger.consent-path=/cookieledger/consent");
    assertThat(failure.fix()).contains("consentCookie = \"cookies_preferences\"");
  }

  @Test
  void aConsentPathThatIsNoPath() {
    CookieLedgerStartupException failure = failure("cookieledger.consent-path=/consent/*");
    assertThat(failure.setting()).isEqualTo("cookieledger.consent-path");
    assertThat(failure.fix()).contains("/cookieledger/consent");
  }

  @Test
  void anUndeclaredSessionCookie() {
    CookieLedgerStartupException failure = failure("server.servlet.session.cookie.name=JSESSIONID");
    assertThat(failure.setting()).isEqualTo("server.servlet.session.cookie.name");
    assertThat(failure.problem()).contains("'JSESSIONID', and no @Cookie declares it");
  }

  @Test
  void aSessionCookieWithOtherAttributesListsEachProperty() {
    CookieLedgerStartupException failure = failure(
        "server.servlet.session.cookie.secure=false",
        "server.servlet.session.cookie.same-site=strict",
        "server.servlet.session.cookie.max-age=1h");
    assertThat(failure.setting()).isEqualTo("server.servlet.session.cookie.*");
    assertThat(failure.problem())
        .contains("secure is false, declared true (set server.servlet.session.cookie.secure=true)")
        .contains("same-site is Strict, declared Lax (set server.servlet.session.cookie.same-site=lax)")
        .contains("max-age is 3600s, declared a session cookie (remove"
            + " server.servlet.session.cookie.max-age)");
  }

  @Test
  void reportModeOnlyWarnsAboutTheSessionCookie(CapturedOutput output) {
    try (ConfigurableApplicationContext started = start(
        "cookieledger.undeclared=report", "server.servlet.session.cookie.secure=false")) {
      assertThat(started.isRunning()).isTrue();
    }
    assertThat(output).contains("WARN").contains("secure is false, declared true");
  }

  private static CookieLedgerStartupException failure(String... properties) {
    Throwable thrown = null;
    try (ConfigurableApplicationContext started = start(properties)) {
      // started: no failure
    } catch (RuntimeException e) {
      thrown = e;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof CookieLedgerStartupException startup) {
        return startup;
      }
    }
    throw new AssertionError("start-up did not fail with a CookieLedgerStartupException", thrown);
  }

  /** Starts the site with these properties as command-line arguments (over application.properties). */
  private static ConfigurableApplicationContext start(String... properties) {
    List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
    for (String property : properties) {
      arguments.add("--" + property);
    }
    return new SpringApplicationBuilder(TestSite.class).run(arguments.toArray(String[]::new));
  }
}
