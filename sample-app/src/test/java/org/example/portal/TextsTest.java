package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both languages say everything the site shows. */
class TextsTest {
  @Test
  void everyLanguageHasTheSameKeys() {
    for (Language language : Language.values()) {
      assertEquals(Texts.of(Language.DEFAULT).all().keySet(), Texts.of(language).all().keySet(),
          language.code());
    }
  }

  @Test
  void aMissingKeyIsABug() {
    assertThrows(IllegalStateException.class, () -> Texts.of(Language.EN).get("no.such.key"));
  }

  @Test
  void textsAreReadAsUtf8() {
    assertEquals("Nécessaires uniquement", Texts.of(Language.FR).get("banner.necessaryOnly"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theIntroductionHasTheSeedsSectionsAndTheSite(Language language) {
    Document intro = Jsoup.parseBodyFragment(Texts.resource("policy-intro", "html", language));
    assertEquals(1, intro.select("h1").size());
    assertEquals(2, intro.select("h2").size(), "What is a cookie? and the list");
    assertEquals(4, intro.select("li").size(), "the four kinds of cookies");
    assertTrue(intro.select("h2").last().text().contains(Seed.SITE));
    assertFalse(intro.html().contains("<script"));
  }

  @Test
  void languagesAreCodedAsDjangoDoes() {
    assertEquals(Language.FR, Language.of("fr").orElseThrow());
    assertTrue(Language.of("FR").isEmpty());
    assertEquals(Language.EN,
        Language.of(RequestCookies.parse(java.util.List.of("django_language=de"))));
  }
}
