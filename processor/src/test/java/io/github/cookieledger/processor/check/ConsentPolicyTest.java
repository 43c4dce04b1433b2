package io.github.cookieledger.processor.check;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compile;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.ProcessorTest;
import io.github.cookieledger.processor.testing.Source;
import io.github.cookieledger.processor.testing.TestCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * {@code @CookiePolicy(consentCookie, consentLifetime)}: the consent cookie is a declared
 * NECESSARY cookie; the lifetime a positive amount of at most {@code maxConsentLifetime}.
 */
@ProcessorTest
class ConsentPolicyTest {
  @Parameter TestCompiler compiler;
  private static final String PREFERENCES = "name = \"cookies_preferences\"\nduration = \"P6M\"";

  private Source policy(String... attributes) {
    return Source.of("org.example.portal.package-info",
        "@CookiePolicy(",
        "    site = \"https://datasource.kapsarc.org\",",
        "    " + String.join(",\n    ", attributes) + ")",
        "package org.example.portal;",
        "",
        "import io.github.cookieledger.*;");
  }

  @Test
  void theConsentCookieMustBeDeclared() {
    Source policy = policy("consentCookie = \"cookies_prefs\"");
    Expect.onlyError(compiler.compile(policy, Source.cookie(PREFERENCES)), policy,
        "consentCookie = ", Message.CONSENT_COOKIE_UNDECLARED, "cookies_prefs");
  }

  @Test
  void theConsentCookieMustBeNecessary() {
    Source policy = policy("consentCookie = \"cookies_preferences\"");
    Expect.onlyError(compiler.compile(policy,
            Source.cookie(PREFERENCES + "\ncategory = Category.FUNCTIONAL")), policy,
        "consentCookie = ", Message.CONSENT_COOKIE_NOT_NECESSARY, "cookies_preferences",
        "FUNCTIONAL");
  }

  @Test
  void theConsentCookieIsNoPattern() {
    Source policy = policy("consentCookie = \"prefs_*\"");
    Expect.onlyError(compiler.compile(policy, Source.cookie("name = \"prefs_*\"")), policy,
        "consentCookie = ", Message.CONSENT_COOKIE_PATTERN, "prefs_*");
  }

  @Test
  void aConsentLifetimeOverThirteenMonthsIsAnError() {
    Source policy = policy("consentLifetime = \"P14M\"");
    Expect.onlyError(compiler.compile(policy, Source.cookie(PREFERENCES)), policy,
        "consentLifetime = ", Message.CONSENT_LIFETIME_TOO_LONG, "P14M", 420, "P13M", 390);
  }

  @Test
  void aConsentLifetimeMustBeAnAmount() {
    Source session = policy("consentLifetime = \"session\"");
    Expect.onlyError(compiler.compile(session, Source.cookie(PREFERENCES)), session,
        "consentLifetime = ", Message.CONSENT_LIFETIME_SESSION);
    Source words = policy("consentLifetime = \"six months\"");
    Compilation compilation = compiler.compile(words, Source.cookie(PREFERENCES));
    assertThat(compilation).hadErrorCount(1);
    Expect.error(compilation, words, "consentLifetime = ", Message.CONSENT_LIFETIME_INVALID);
  }

  @Test
  void theRegistryReturnsTheConsentCookieAndLifetime() {
    Compilation compilation = compiler.compile(
        policy("consentCookie = \"cookies_preferences\"", "consentLifetime = \"P3M\""),
        Source.cookie(PREFERENCES));
    Expect.clean(compilation);
    String registry = Compile.generatedSource(compilation, "org.example.portal.CookieRegistry");
    assertTrue(registry.contains("return find(\"cookies_preferences\");"), registry);
    assertTrue(registry.contains("return seconds(7776000L);"), registry);
    String json = Compile.resource(compilation, Compile.JSON).orElseThrow();
    assertTrue(json.contains("\"consentCookie\": \"cookies_preferences\",\n"
        + "  \"consentLifetime\": \"P3M\",\n"), json);
  }

  @Test
  void withoutAConsentCookieTheRegistryReturnsNoneAndTheDefaultLifetime() {
    Compilation compilation = compiler.compile(policy("registry = \"CookieRegistry\""),
        Source.cookie(PREFERENCES));
    Expect.clean(compilation);
    String registry = Compile.generatedSource(compilation, "org.example.portal.CookieRegistry");
    assertTrue(registry.contains("return absent();"), registry);
    assertTrue(registry.contains("return seconds(15552000L);"), registry);
    assertTrue(Compile.resource(compilation, Compile.JSON).orElseThrow()
        .contains("\"consentCookie\": null,\n  \"consentLifetime\": \"P6M\""));
  }
}
