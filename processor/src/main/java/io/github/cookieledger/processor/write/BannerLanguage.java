package io.github.cookieledger.processor.write;

import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.StorageEntry;
import io.github.cookieledger.processor.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One language of a banner: its code as the browser names it ({@code fr}, {@code pt-BR}), the
 * built-in words (English where cookieledger has none) and the purpose shown for each entry (a
 * translation's, else the declared one).
 */
record BannerLanguage(String code, Words words, Function<LedgerEntry, String> cookiePurpose,
    Function<StorageEntry, String> storagePurpose) {

  /**
   * The declared language, every built-in language and every translated one, sorted by code; a
   * translation wins over the declared texts of its language.
   */
  static List<BannerLanguage> all(String declared, List<Translation> translations) {
    Map<String, BannerLanguage> byCode = new TreeMap<>();
    for (String language : Words.BUILT_IN) {
      byCode.put(code(language), declaredTexts(language));
    }
    byCode.put(code(declared), declaredTexts(declared));
    for (Translation translation : translations) {
      String code = code(translation.language());
      byCode.put(code, new BannerLanguage(code, words(code), translation::purpose,
          translation::purpose));
    }
    return new ArrayList<>(byCode.values());
  }

  /** {@code pt_BR} → {@code pt-BR}, {@code FR} → {@code fr}: the form of {@code <html lang>}. */
  static String code(String language) {
    String[] parts = language.replace('_', '-').split("-", 2);
    return parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "-" + parts[1] : "");
  }

  private static BannerLanguage declaredTexts(String language) {
    String code = code(language);
    return new BannerLanguage(code, words(code), entry -> entry.attributes().purpose(),
        entry -> entry.attributes().purpose());
  }

  private static Words words(String code) {
    return Words.forLanguage(code).orElseGet(Words::english);
  }
}
