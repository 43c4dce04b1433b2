package org.example.springportal;

import java.util.Locale;
import java.util.Optional;

/** The languages of the site's texts and of its generated policy. */
enum Language {
  ENGLISH("en"),
  FRENCH("fr");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** @return the language of this code, empty for any other */
  static Optional<Language> of(String code) {
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** @return the language of a resolved locale; English for anything the site does not speak */
  static Language of(Locale locale) {
    return of(locale.getLanguage()).orElse(ENGLISH);
  }
}
