package io.github.cookieledger.processor;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.scan.ScanUnavailable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;

/**
 * The processor's {@code -A} options (SPEC §5), read once and checked: a bad value is an error that
 * names the option, and the default is used so the rest of the build still runs.
 */
public record Options(
    String registry,
    Set<String> formats,
    String language,
    String translations,
    String verify,
    CookieDuration maxConsentLifetime,
    Diagnostic.Kind undeclared,
    Diagnostic.Kind scanUnavailable,
    Diagnostic.Kind knownCookies,
    String knownCookiesFile,
    List<Problem> problems) {

  public static final String REGISTRY = "cookieledger.registry";
  public static final String FORMATS = "cookieledger.formats";
  public static final String LANGUAGE = "cookieledger.language";
  public static final String TRANSLATIONS = "cookieledger.translations";
  public static final String VERIFY = "cookieledger.verify";
  public static final String MAX_CONSENT_LIFETIME = "cookieledger.maxConsentLifetime";
  public static final String UNDECLARED = "cookieledger.undeclared";
  public static final String SCAN_UNAVAILABLE = "cookieledger.scanUnavailable";
  public static final String KNOWN_COOKIES = "cookieledger.knownCookies";
  public static final String KNOWN_COOKIES_FILE = "cookieledger.knownCookiesFile";

  public static final Set<String> NAMES =
      Set.of(REGISTRY, FORMATS, LANGUAGE, TRANSLATIONS, VERIFY, MAX_CONSENT_LIFETIME, UNDECLARED,
          SCAN_UNAVAILABLE, KNOWN_COOKIES, KNOWN_COOKIES_FILE);
  private static final List<String> VALID_FORMATS =
      List.of("md", "html", "csv", "tcf", "fides", "cookieconsent", "klaro");

  public static Options read(Map<String, String> options) {
    // javac gives `-Akey` and `-Akey=` (Maven trims the latter to the former) as null: read ""
    Map<String, String> given = new HashMap<>();
    options.forEach((key, value) -> given.put(key, value == null ? "" : value));
    List<Problem> problems = new ArrayList<>();
    Diagnostic.Kind undeclared =
        severity(UNDECLARED, given.getOrDefault(UNDECLARED, "warning"), problems);
    return new Options(
        registry(given.get(REGISTRY), problems),
        formats(given.getOrDefault(FORMATS, "md,html,csv"), problems),
        language(given.getOrDefault(LANGUAGE, "en"), problems),
        blankToNull(given.get(TRANSLATIONS)),
        blankToNull(given.get(VERIFY)),
        maxConsentLifetime(given.getOrDefault(MAX_CONSENT_LIFETIME, "P13M"), problems),
        undeclared,
        ScanUnavailable.kind(undeclared, scanUnavailable(given.get(SCAN_UNAVAILABLE), problems)),
        severity(KNOWN_COOKIES, given.getOrDefault(KNOWN_COOKIES, "warning"), problems),
        blankToNull(given.get(KNOWN_COOKIES_FILE)),
        List.copyOf(problems));
  }

  private static String registry(String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.trim();
    boolean valid = Arrays.stream(name.split("\\.", -1))
        .allMatch(part -> SourceVersion.isIdentifier(part) && !SourceVersion.isKeyword(part));
    if (!valid) {
      problems.add(Message.OPTION_REGISTRY.global(REGISTRY, value));
      return null;
    }
    return name;
  }

  private static Set<String> formats(String value, List<Problem> problems) {
    Set<String> formats = new TreeSet<>();
    for (String part : value.split(",")) {
      String format = part.trim().toLowerCase(Locale.ROOT);
      if (format.isEmpty()) {
        continue;
      }
      if (VALID_FORMATS.contains(format)) {
        formats.add(format);
      } else {
        problems.add(Message.OPTION_FORMAT.global(FORMATS, part.trim(),
            Message.list(VALID_FORMATS)));
      }
    }
    return Set.copyOf(formats);
  }

  private static String language(String value, List<Problem> problems) {
    String language = value.trim().toLowerCase(Locale.ROOT);
    if (!language.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
      problems.add(Message.OPTION_LANGUAGE.global(LANGUAGE, value));
      return "en";
    }
    return language;
  }

  private static CookieDuration maxConsentLifetime(String value, List<Problem> problems) {
    try {
      CookieDuration duration = CookieDuration.parse(value.trim());
      if (!duration.isSession()) {
        return duration;
      }
    } catch (IllegalArgumentException invalid) {
      // reported below
    }
    problems.add(Message.OPTION_MAX_CONSENT_LIFETIME.global(MAX_CONSENT_LIFETIME, value));
    return CookieDuration.parse("P13M");
  }

  /** An option that is {@code error}, {@code warning} or {@code off} ({@code OTHER}). */
  private static Diagnostic.Kind severity(String option, String value, List<Problem> problems) {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "error":
        return Diagnostic.Kind.ERROR;
      case "warning":
        return Diagnostic.Kind.WARNING;
      case "off":
        return Diagnostic.Kind.OTHER;
      default:
        problems.add(Message.OPTION_SEVERITY.global(option, value));
        return Diagnostic.Kind.WARNING;
    }
  }

  /** The explicit choice for a compiler without the scan: NOTE, ERROR, or null when not given. */
  private static Diagnostic.Kind scanUnavailable(String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "note":
        return Diagnostic.Kind.NOTE;
      case "error":
        return Diagnostic.Kind.ERROR;
      default:
        problems.add(Message.OPTION_SCAN_UNAVAILABLE.global(SCAN_UNAVAILABLE, value));
        return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * The formats to write: those asked for, and Markdown when {@code cookieledger.verify} names the
   * committed {@code .md}, so the fresh one can be copied over it.
   */
  public Set<String> documentFormats() {
    Set<String> all = new TreeSet<>(formats);
    if (verify != null && verify.toLowerCase(Locale.ROOT).endsWith(".md")) {
      all.add("md");
    }
    return all;
  }

  public boolean scanOff() {
    return undeclared == Diagnostic.Kind.OTHER;
  }

  public boolean knownCookiesOff() {
    return knownCookies == Diagnostic.Kind.OTHER;
  }
}
