package org.example.portal;

import java.util.Locale;
import java.util.Optional;

/** The languages the site and its policy are written in; the visitor picks one. */
enum Language {
  EN,
  FR;

  /** Without a choice the site speaks the language its cookies are declared in. */
  static final Language DEFAULT = EN;

  /** @return the code used in URLs, in {@code django_language} and in {@code <html lang>} */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Language> of(String code) {
    for (Language language : values()) {
      if (language.code().equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** @return the language the visitor chose ({@code django_language}), else the default */
  static Language of(RequestCookies cookies) {
    return cookies.get(CookieRegistry.DJANGO_LANGUAGE.name()).flatMap(Language::of).orElse(DEFAULT);
  }
}
