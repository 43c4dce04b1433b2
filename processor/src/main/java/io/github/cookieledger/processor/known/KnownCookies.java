package io.github.cookieledger.processor.known;

import io.github.cookieledger.CookieNames;
import io.github.cookieledger.processor.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The cookies the world knows: the Open Cookie Database shipped in the processor, with a user's
 * own rows on top. Answers which rows can mean a declared name or pattern.
 */
public final class KnownCookies {
  /** The folder of the shipped database, its licence and its source note. */
  public static final String FOLDER = "META-INF/cookieledger/open-cookie-database/";
  /** The shipped database, as published. */
  public static final String RESOURCE = FOLDER + "open-cookie-database.csv";
  /** The credit every message and document gives. */
  public static final String CREDIT = "Open Cookie Database";

  private final Map<String, List<KnownCookie>> exact = new HashMap<>();
  /** Pattern rows by their text before the first {@code *}: a name is tried per prefix. */
  private final Map<String, List<KnownCookie>> patternsByPrefix = new HashMap<>();
  /** Every row by its name or pattern, sorted: a declared pattern looks at its prefix's range. */
  private final NavigableMap<String, List<KnownCookie>> byPattern = new TreeMap<>();
  private final List<KnownCookie> all;

  private KnownCookies(List<KnownCookie> rows) {
    this.all = List.copyOf(rows);
    for (KnownCookie row : rows) {
      if (row.isPattern()) {
        patternsByPrefix.computeIfAbsent(literalPrefix(row.pattern()), p -> new ArrayList<>())
            .add(row);
      } else {
        exact.computeIfAbsent(row.pattern(), name -> new ArrayList<>()).add(row);
      }
      byPattern.computeIfAbsent(row.pattern(), name -> new ArrayList<>()).add(row);
    }
  }

  private static String literalPrefix(String pattern) {
    int star = pattern.indexOf(CookieNames.WILDCARD);
    return star < 0 ? pattern : pattern.substring(0, star);
  }

  /** The pattern rows whose literal prefix is a prefix of {@code text}. */
  private List<KnownCookie> patternsBefore(String text) {
    List<KnownCookie> found = new ArrayList<>();
    for (int length = 0; length <= text.length(); length++) {
      List<KnownCookie> rows = patternsByPrefix.get(text.substring(0, length));
      if (rows != null) {
        found.addAll(rows);
      }
    }
    return found;
  }

  /** A database of exactly these rows. */
  public static KnownCookies of(List<KnownCookie> rows) {
    return new KnownCookies(rows);
  }

  /** The database shipped in the processor. */
  public static KnownCookies.Loaded builtIn() {
    try (InputStream in = KnownCookies.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the processor jar");
      }
      KnownCookieCsv.Rows rows = KnownCookieCsv.read(utf8(in), CREDIT);
      return new Loaded(of(rows.cookies()), rows.warnings());
    } catch (IOException | KnownCookieCsv.Unreadable e) {
      throw new IllegalStateException("the shipped " + RESOURCE + " cannot be read: " + e, e);
    }
  }

  /**
   * A database and the warnings about rows left out while loading it.
   *
   * @param cookies the database
   * @param warnings one per unusable row
   */
  public record Loaded(KnownCookies cookies, List<Problem> warnings) {}

  /** A reader that refuses bytes that are not UTF-8 instead of guessing. */
  public static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * This database with a user's rows on top: a user row replaces every row of the same name and
   * kind (name or prefix); other user rows are added.
   */
  public KnownCookies with(List<KnownCookie> userRows) {
    if (userRows.isEmpty()) {
      return this;
    }
    Set<String> replaced = userRows.stream().map(KnownCookie::pattern).collect(Collectors.toSet());
    List<KnownCookie> rows = new ArrayList<>();
    all.stream().filter(row -> !replaced.contains(row.pattern())).forEach(rows::add);
    rows.addAll(userRows);
    return new KnownCookies(rows);
  }

  /** Every row. */
  public List<KnownCookie> all() {
    return all;
  }

  /**
   * The rows that can mean a declared name or pattern, grouped by the row's name: the rows of one
   * group are alternatives for the same cookie (platforms that use the same name).
   *
   * <ul>
   *   <li>a declared name: the rows of exactly that name, else the most specific rows whose
   *       pattern covers it (one group, or none);
   *   <li>a declared pattern: every row it overlaps, one group per row name, sorted by name.
   * </ul>
   */
  public List<List<KnownCookie>> candidates(String declared) {
    if (!CookieNames.isPattern(declared)) {
      List<KnownCookie> same = exact.get(declared);
      if (same != null) {
        return List.of(sorted(same));
      }
      List<KnownCookie> covering = mostSpecificCovering(declared);
      return covering.isEmpty() ? List.of() : List.of(covering);
    }
    // rows that overlap start with the pattern's literal prefix, or are patterns whose own
    // literal prefix is a prefix of it
    String prefix = literalPrefix(declared);
    List<KnownCookie> nearby = new ArrayList<>(patternsBefore(prefix));
    byPattern.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()
        .forEach(nearby::addAll);
    Map<String, List<KnownCookie>> groups = new TreeMap<>();
    for (KnownCookie row : new LinkedHashSet<>(nearby)) {
      if (row.overlaps(declared)) {
        groups.computeIfAbsent(row.pattern(), name -> new ArrayList<>()).add(row);
      }
    }
    return groups.values().stream().map(KnownCookies::sorted).toList();
  }

  /** The rows that describe a concrete cookie name, for a suggested declaration. */
  public List<KnownCookie> describing(String concreteName) {
    List<KnownCookie> same = exact.get(concreteName);
    return same != null ? sorted(same) : mostSpecificCovering(concreteName);
  }

  private List<KnownCookie> mostSpecificCovering(String name) {
    Map<Integer, List<KnownCookie>> byLiteral = new LinkedHashMap<>();
    int best = -1;
    for (KnownCookie row : patternsBefore(name)) {
      if (CookieNames.matches(row.pattern(), name)) {
        int literal = CookieNames.literalLength(row.pattern());
        best = Math.max(best, literal);
        byLiteral.computeIfAbsent(literal, length -> new ArrayList<>()).add(row);
      }
    }
    return best < 0 ? List.of() : sorted(byLiteral.get(best));
  }

  private static List<KnownCookie> sorted(List<KnownCookie> rows) {
    return rows.stream().sorted(Comparator.comparing(KnownCookie::platform)
        .thenComparing(KnownCookie::category).thenComparing(KnownCookie::source)).toList();
  }

  /** The first row of a concrete name, if the database knows it. */
  public Optional<KnownCookie> first(String concreteName) {
    return describing(concreteName).stream().findFirst();
  }
}
