package io.github.cookieledger.processor.write;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.Party;
import io.github.cookieledger.StorageKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The words a policy document is made of besides the declared texts (titles, column names,
 * durations), in one language. Each language is a {@code words_<lang>.properties} resource.
 */
public final class Words {
  /** The languages with a {@code words_<lang>.properties} resource. */
  public static final List<String> BUILT_IN = List.of("en", "fr");

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

  /**
   * The built-in words for a language tag: the whole tag first ({@code pt-br} → {@code
   * words_pt_br}), then its primary language ({@code fr-ca} → {@code words_fr}).
   *
   * @param tag a language tag such as {@code fr}, {@code fr-CA} or {@code pt_BR}
   * @return the words, or empty when cookieledger has none for that language
   */
  public static Optional<Words> forLanguage(String tag) {
    String normalized = tag.toLowerCase(Locale.ROOT).replace('-', '_');
    if (!normalized.matches("[a-z0-9_]+")) {
      return Optional.empty(); // never a resource path built from arbitrary text
    }
    Optional<Words> whole = builtIn(normalized);
    if (whole.isPresent() || normalized.indexOf('_') < 0) {
      return whole;
    }
    return builtIn(normalized.substring(0, normalized.indexOf('_')));
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

  /** The type column's word for a kind of web storage, e.g. "local storage". */
  public String storageType(StorageKind kind) {
    return get("type." + kind.name());
  }

  /** How long a kind of web storage keeps its data: "session", or "until deleted". */
  public String storageDuration(StorageKind kind) {
    return kind == StorageKind.SESSION_STORAGE ? get("duration.session")
        : get("duration.untilDeleted");
  }

  /** A duration in words: {@code P13M} → "13 months", {@code P1DT12H} → "1 day and 12 hours". */
  public String duration(CookieDuration duration) {
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
