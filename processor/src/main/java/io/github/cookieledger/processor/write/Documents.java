package io.github.cookieledger.processor.write;

import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageEntry;
import io.github.cookieledger.processor.store.CookiesJson;
import io.github.cookieledger.processor.translate.Translation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which documents a build writes under {@code META-INF/cookies/}, and their text: {@code
 * cookies.json} always, the formats of {@code cookieledger.formats}, and the policy again in each
 * language of {@code cookieledger.translations}. The processor only writes the result out.
 *
 * @param files text by file name (relative to {@code META-INF/cookies/}), sorted
 * @param problems warnings and errors met on the way (missing translations, widened patterns)
 */
public record Documents(SortedMap<String, String> files, List<Problem> problems) {
  public static final String JSON = CookiesJson.FILE;
  public static final String MARKDOWN = "cookie-policy.md";
  public static final String HTML = "cookie-policy.html";
  public static final String FRAGMENT = "cookie-policy.fragment.html";
  public static final String CSV = "cookie-policy.csv";
  public static final String TCF = "device-storage-disclosure.json";
  public static final String FIDES = "fides-system.yml";

  public Documents {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    problems = List.copyOf(problems);
  }

  /**
   * @param formats any of {@code md}, {@code html}, {@code csv}, {@code tcf}, {@code
   *     cookieconsent}, {@code klaro}
   * @param language the language of the declared texts
   * @param translations the policy's other languages
   */
  public static Documents of(Ledger ledger, Set<String> formats, String language,
      List<Translation> translations) {
    SortedMap<String, String> files = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    files.put(JSON, CookiesJson.write(ledger));
    Words words = words(language, "-Acookieledger.language=" + language, problems);
    policy(files, "", ledger, language, words, formats,
        entry -> entry.attributes().purpose(), entry -> entry.attributes().function(),
        StorageTexts.declared());
    if (formats.contains("csv")) {
      files.put(CSV, CsvWriter.write(ledger));
    }
    if (formats.contains("tcf")) {
      List<Problem> tcfProblems = TcfWriter.problems(ledger, TCF);
      if (tcfProblems.stream().noneMatch(Problem::isError)) {
        files.put(TCF, TcfWriter.write(ledger)); // never a disclosure the IAB's text refuses
      }
      problems.addAll(tcfProblems);
      problems.addAll(widenedIdentifiers(ledger));
    }
    if (formats.contains("fides")) {
      files.put(FIDES, FidesWriter.write(ledger));
    }
    if (formats.contains("cookieconsent")) {
      files.put(CookieConsentWriter.FILE,
          CookieConsentWriter.write(ledger, language, translations));
    }
    if (formats.contains("klaro")) {
      files.put(KlaroWriter.FILE, KlaroWriter.write(ledger, language, translations));
    }
    for (Translation translation : translations) {
      problems.addAll(translation.check(ledger));
      Words translated = words(translation.language(), translation.fileName(), problems);
      policy(files, "_" + translation.language(), ledger, translation.language(), translated,
          formats, translation::purpose, translation::function,
          new StorageTexts(translation::purpose, translation::function));
    }
    return new Documents(files, problems);
  }

  /** The Markdown and HTML policy in one language; {@code suffix} is {@code ""} or {@code _fr}. */
  private static void policy(SortedMap<String, String> files, String suffix, Ledger ledger,
      String language, Words words, Set<String> formats,
      Function<LedgerEntry, String> purpose, Function<LedgerEntry, String> function,
      StorageTexts storageTexts) {
    if (formats.contains("md")) {
      files.put("cookie-policy" + suffix + ".md",
          MarkdownWriter.write(ledger, words, purpose, function, storageTexts));
    }
    if (formats.contains("html")) {
      String fragment = HtmlWriter.fragment(ledger, language, words, purpose, function,
          storageTexts);
      files.put("cookie-policy" + suffix + ".html",
          HtmlWriter.page(ledger, language, words, fragment));
      files.put("cookie-policy" + suffix + ".fragment.html", fragment);
    }
  }

  /** The built-in words of a language; English, with a warning, for a language without them. */
  private static Words words(String language, String source, List<Problem> problems) {
    return Words.forLanguage(language).orElseGet(() -> {
      problems.add(Message.LANGUAGE_WITHOUT_WORDS.global(language, source,
          Message.list(Words.BUILT_IN)));
      return Words.english();
    });
  }

  private static List<Problem> widenedIdentifiers(Ledger ledger) {
    List<Problem> problems = new ArrayList<>();
    for (LedgerEntry entry : ledger.cookies()) {
      String identifier = TcfWriter.identifier(entry.name());
      if (!identifier.equals(entry.name())) {
        problems.add(Message.TCF_PATTERN_WIDENED.global(entry.name(), identifier, TCF,
            identifier.substring(0, identifier.length() - 1)));
      }
    }
    for (StorageEntry entry : ledger.storage()) {
      String identifier = TcfWriter.identifier(entry.name());
      if (!identifier.equals(entry.name())) {
        problems.add(Message.STORAGE_TCF_PATTERN_WIDENED.global(
            StorageEntry.describe(entry.attributes()), identifier, TCF));
      }
    }
    return problems;
  }
}
