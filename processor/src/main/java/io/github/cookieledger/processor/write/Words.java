package io.github.cookieledger.processor.write;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.Party;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The words a policy document is made of besides the declared texts (titles, column names,
 * durations), in one language. Each language is a {@code words_<lang>.properties} resource.
 */
public final class Words {
  private final String language;
  private final Properties words;

  private Words(String language, Properties words) {
    this.language = language;
    this.words = words;
  }

  /** The built-in words of a language, if cookieledger has them. */
  public static Optional<Words> builtIn(String language) {
    try (InputStream in = Words.class.getResourceAsStream("words_" + language + ".properties")) {
      if (in == null) {
        return Optional.empty();
      }
      Properties words = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        words.load(reader);
      }
      return Optional.of(new Words(language, words));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** English: always built in. */
  public static Words english() {
    return builtIn("en").orElseThrow();
  }

  /** The language these words are in, e.g. {@code en}. */
  public String language() {
    return language;
  }

  public String get(String key) {
    String word = words.getProperty(key);
    if (word == null) {
      throw new IllegalStateException("no word for " + key + " in " + language);
    }
    return word;
  }

  public String title(String site) {
    return site == null ? get("policy.title") : get("policy.titleForSite").replace("{site}", site);
  }

  public String category(Category category) {
    return get("category." + category.name());
  }

  public String party(Party party) {
    return get("party." + party.name());
  }

  /** A declared duration in words: {@code P13M} → "13 months", {@code P1DT12H} → "1 day and 12 hours". */
  public String duration(String declared) {
    CookieDuration duration;
    try {
      duration = CookieDuration.parse(declared);
    } catch (IllegalArgumentException unreadable) {
      return declared;
    }
    if (duration.isSession()) {
      return get("duration.session");
    }
    List<String> parts = new ArrayList<>();
    for (CookieDuration.Unit unit : CookieDuration.Unit.values()) {
      long amount = duration.amount(unit);
      if (amount > 0) {
        String form = amount == 1 ? "one" : "other";
        parts.add(get("duration." + unit.name() + "." + form).replace("{n}", Long.toString(amount)));
      }
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String last = parts.remove(parts.size() - 1);
    return String.join(", ", parts) + " " + get("duration.and") + " " + last;
  }
}
