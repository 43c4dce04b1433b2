package io.github.cookieledger.processor.translate;

import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One language's texts from a {@code cookies_<lang>.properties} file: keys {@code <cookie
 * name>.purpose} and {@code <cookie name>.function}. A text that is missing or blank falls back to
 * the declared one.
 *
 * @param language the language as the file names it ({@code fr}, {@code pt_BR})
 * @param fileName the file's name, for messages
 * @param texts every key of the file, sorted
 */
public record Translation(String language, String fileName, SortedMap<String, String> texts) {
  static final String PURPOSE = ".purpose";
  static final String FUNCTION = ".function";

  public Translation {
    texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
  }

  /** The translated purpose, else the declared one. */
  public String purpose(LedgerEntry entry) {
    return text(entry.name() + PURPOSE, entry.attributes().purpose());
  }

  /**
   * The translated function, else the declared one; none where none is declared (a storage entry
   * of the same name may have one, under the same key).
   */
  public String function(LedgerEntry entry) {
    return functionText(entry.name(), entry.attributes().function());
  }

  /**
   * The translated purpose of a web storage entry, else the declared one. Keyed by name like a
   * cookie's: a cookie and a storage entry of the same name share their keys.
   */
  public String purpose(StorageEntry entry) {
    return text(entry.name() + PURPOSE, entry.attributes().purpose());
  }

  /** The translated function of a web storage entry, else the declared one. */
  public String function(StorageEntry entry) {
    return functionText(entry.name(), entry.attributes().function());
  }

  private String functionText(String name, String declared) {
    return declared.isEmpty() ? declared : text(name + FUNCTION, declared);
  }

  private String text(String key, String declared) {
    return translates(key) ? texts.get(key) : declared;
  }

  /** Whether the file holds a text for the key: a blank one counts as missing. */
  private boolean translates(String key) {
    String text = texts.get(key);
    return text != null && !text.isBlank();
  }

  private void expect(String name, String function, Set<String> expected, List<String> missing) {
    expected.add(name + PURPOSE);
    expected.add(name + FUNCTION);
    if (!translates(name + PURPOSE)) {
      missing.add(name + PURPOSE);
    }
    if (!function.isEmpty() && !translates(name + FUNCTION)) {
      missing.add(name + FUNCTION);
    }
  }

  /**
   * Warnings for the keys this file lacks (a blank text counts as missing; a function is needed
   * only where one is declared) and for keys that name no cookie of the policy.
   */
  public List<Problem> check(Ledger ledger) {
    List<Problem> problems = new ArrayList<>();
    Set<String> expected = new TreeSet<>();
    List<String> missing = new ArrayList<>();
    for (LedgerEntry entry : ledger.cookies()) {
      expect(entry.name(), entry.attributes().function(), expected, missing);
    }
    for (StorageEntry entry : ledger.storage()) {
      expect(entry.name(), entry.attributes().function(), expected, missing);
    }
    missing = missing.stream().distinct().sorted().collect(Collectors.toList());
    if (!missing.isEmpty()) {
      problems.add((missing.size() == 1 ? Message.TRANSLATION_MISSING_KEY
          : Message.TRANSLATION_MISSING_KEYS).global(fileName, language, Message.list(missing)));
    }
    List<String> unknown = texts.keySet().stream()
        .filter(key -> !expected.contains(key)).collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      problems.add((unknown.size() == 1 ? Message.TRANSLATION_UNKNOWN_KEY
          : Message.TRANSLATION_UNKNOWN_KEYS).global(fileName, language, Message.list(unknown)));
    }
    return problems;
  }
}
