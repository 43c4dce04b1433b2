package org.example.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The site's own words in one language, from {@code texts_<lang>.properties} (UTF-8). The cookie
 * policy's words come from the generated documents instead.
 */
final class Texts {
  private static final Map<Language, Texts> LOADED = new EnumMap<>(Language.class);

  private final Language language;
  private final Properties texts;

  private Texts(Language language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  static synchronized Texts of(Language language) {
    return LOADED.computeIfAbsent(language, Texts::load);
  }

  Language language() {
    return language;
  }

  /** @return the text, unescaped (callers escape it for HTML) */
  String get(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      // A missing key is a bug in this module; TextsTest keeps both languages complete.
      throw new IllegalStateException("no text '" + key + "' in texts_" + language.code());
    }
    return text;
  }

  /** @return the text with {@code {0}} replaced by the argument */
  String get(String key, String argument) {
    return get(key).replace("{0}", argument);
  }

  Properties all() {
    Properties copy = new Properties();
    copy.putAll(texts);
    return copy;
  }

  /** @return a resource of the language, e.g. {@code policy-intro_fr.html}, as text */
  static String resource(String baseName, String extension, Language language) {
    return read(baseName + "_" + language.code() + "." + extension);
  }

  private static Texts load(Language language) {
    Properties texts = new Properties();
    try (Reader reader = new InputStreamReader(open("texts_" + language.code() + ".properties"),
        StandardCharsets.UTF_8)) {
      texts.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Texts(language, texts);
  }

  private static String read(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = Texts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/example/portal/" + name);
    }
    return in;
  }
}
