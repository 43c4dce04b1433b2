package io.github.cookieledger.spring.boot;

import io.github.cookieledger.servlet.ConsentLog;
import io.github.cookieledger.servlet.ConsentServlet;
import io.github.cookieledger.servlet.CookieLedgerFilter;
import io.github.cookieledger.servlet.LedgerRegistry;
import io.github.cookieledger.servlet.Undeclared;
import io.github.cookieledger.spring.boot.RegistryLocator.LocatedRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Enforces the application's cookie policy in a Spring Boot servlet web application: registers
 * {@link CookieLedgerFilter} on every request and {@link ConsentServlet} at {@code
 * cookieledger.consent-path}, both configured with the registry the build generated, and checks
 * the servlet container's session cookie against its declaration at start-up. Off with {@code
 * cookieledger.enabled=false}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(CookieLedgerFilter.class)
@ConditionalOnBooleanProperty(name = "cookieledger.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CookieLedgerProperties.class)
public final class CookieLedgerAutoConfiguration {
  /**
   * The filter's order: right after Spring's character encoding filter and before every filter
   * that may set a cookie (Spring Session, Spring Security), so all their cookies pass through it.
   */
  public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  /**
   * The application's registry, from {@code cookieledger.registry} or the class path's {@code
   * cookies.json}; also for the application's own use (its consent cookie and lifetime).
   */
  @Bean
  @ConditionalOnMissingBean
  LedgerRegistry cookieLedgerRegistry(
      CookieLedgerProperties properties, ApplicationContext context) {
    LocatedRegistry located =
        RegistryLocator.locate(properties.getRegistry(), context.getClassLoader());
    try {
      return LedgerRegistry.named(located.className(), context.getClassLoader(), located.origin());
    } catch (IllegalArgumentException e) {
      throw new CookieLedgerStartupException(RegistryLocator.PROPERTY, e.getMessage(),
          "set " + RegistryLocator.PROPERTY + " to the qualified name of the registry"
              + " cookieledger generated from @CookiePolicy (the \"registry\" field of"
              + " META-INF/cookies/cookies.json in the application's classes)", e);
    }
  }

  /** The default consent log: one log line per choice. Any other {@link ConsentLog} bean wins. */
  @Bean
  @ConditionalOnMissingBean
  ConsentLog cookieLedgerConsentLog() {
    return ConsentLog.toSystemLogger();
  }

  @Bean
  FilterRegistrationBean<CookieLedgerFilter> cookieLedgerFilter(
      LedgerRegistry registry, CookieLedgerProperties properties) {
    FilterRegistrationBean<CookieLedgerFilter> filter = new FilterRegistrationBean<>(
        new CookieLedgerFilter(registry.type(), properties.getUndeclared()));
    filter.setName("cookieLedgerFilter");
    filter.setOrder(FILTER_ORDER);
    return filter;
  }

  @Bean
  ServletRegistrationBean<ConsentServlet> cookieLedgerConsentServlet(
      LedgerRegistry registry, ConsentLog log, CookieLedgerProperties properties) {
    String path = ConsentPath.check(properties.getConsentPath());
    if (registry.consentCookie().isEmpty()) {
      throw new CookieLedgerStartupException("@CookiePolicy(consentCookie)",
          registry + " names no consent cookie, so the consent endpoint ("
              + ConsentPath.PROPERTY + "=" + path + ") has nowhere to keep the visitor's choice",
          "add consentCookie = \"cookies_preferences\" to @CookiePolicy and declare that cookie"
              + " with category = Category.NECESSARY (or turn cookieledger off with"
              + " cookieledger.enabled=false)");
    }
    ServletRegistrationBean<ConsentServlet> servlet =
        new ServletRegistrationBean<>(new ConsentServlet(registry.type(), log), path);
    servlet.setName("cookieLedgerConsentServlet");
    servlet.setLoadOnStartup(1);
    return servlet;
  }

  @Bean
  SessionCookieCheck cookieLedgerSessionCookieCheck(
      LedgerRegistry registry, CookieLedgerProperties properties, Environment environment) {
    String sameSite = Binder.get(environment)
        .bind(SessionCookieCheck.PREFIX + "same-site", String.class).orElse(null);
    return new SessionCookieCheck(
        registry::find, sameSite, properties.getUndeclared() != Undeclared.REPORT);
  }
}
