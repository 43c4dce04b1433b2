package org.example.springportal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.CookieDefinition;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The visitor's language lives in {@code django_language}, read and written by Spring's own
 * {@link CookieLocaleResolver}: the declaration gives it its attributes, and the starter's filter
 * checks every cookie Spring writes against the declaration.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {
  @Bean
  @Cookie(
      name = "django_language",
      provider = "Opendatasoft",
      function = "Language selection (front and back office)",
      purpose = "To remember the visitor's language",
      category = Category.NECESSARY,
      // A language choice outlives the browser session, or every visit starts in English.
      duration = "P1Y")
  LocaleResolver localeResolver() {
    CookieDefinition declared = CookieRegistry.DJANGO_LANGUAGE;
    CookieLocaleResolver resolver = new CookieLocaleResolver(declared.name());
    resolver.setDefaultLocale(Language.ENGLISH.locale());
    resolver.setCookieMaxAge(declared.maxAge().orElseThrow());
    resolver.setCookiePath(declared.path());
    resolver.setCookieSecure(declared.secure());
    resolver.setCookieHttpOnly(declared.httpOnly());
    resolver.setCookieSameSite(declared.sameSite().attributeValue());
    return resolver;
  }
}
