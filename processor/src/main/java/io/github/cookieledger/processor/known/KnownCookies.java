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
import java.util.HashSet;
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

  private static final Comparator<KnownCookie> BY_PLATFORM = Comparator
      .comparing(KnownCookie::platform).thenComparing(KnownCookie::category)
      .thenComparing(KnownCookie::source);

  /** The shipped database, read by name on demand; null for a database of given rows only. */
  private final KnownCookieIndex index;
  /** The names and patterns whose index rows the given rows replace. */
  private final Set<String> replaced;
  /** The given rows (a user's file, a test's): few, so held in memory. */
  private final List<KnownCookie> own;
  private final Map<String, List<KnownCookie>> exact = new HashMap<>();
  /** Pattern rows by their text before the first {@code *}: a name is tried per prefix. */
  private final Map<String, List<KnownCookie>> patternsByPrefix = new HashMap<>();
  /** The given rows by their name or pattern, sorted: a declared pattern looks at its range. */
  private final NavigableMap<String, List<KnownCookie>> byPattern = new TreeMap<>();

  private KnownCookies(KnownCookieIndex index, Set<String> replaced, List<KnownCookie> rows) {
    this.index = index;
    this.replaced = Set.copyOf(replaced);
    this.own = List.copyOf(rows);
    if (index != null) {
      for (KnownCookie row : index.patterns()) {
        if (!replaced.contains(row.pattern())) {
          addPattern(row);
        }
      }
    }
    for (KnownCookie row : rows) {
      if (row.isPattern()) {
        addPattern(row);
      } else {
        exact.computeIfAbsent(row.pattern(), name -> new ArrayList<>()).add(row);
      }
      byPattern.computeIfAbsent(row.pattern(), name -> new ArrayList<>()).add(row);
    }
  }

  private void addPattern(KnownCookie row) {
    patternsByPrefix.computeIfAbsent(literalPrefix(row.pattern()), p -> new ArrayList<>()).add(row);
  }

  /** The rows of exactly this name: the given ones, and the index's unless they are replaced. */
  private List<KnownCookie> named(String name) {
    List<KnownCookie> rows = new ArrayList<>(exact.getOrDefault(name, List.of()));
    if (index != null && !replaced.contains(name)) {
      rows.addAll(index.named(name));
    }
    return rows;
  }

  /** Every row whose name or pattern starts with this text. */
  private List<KnownCookie> startingWith(String prefix) {
    List<KnownCookie> rows = new ArrayList<>();
    byPattern.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()
        .forEach(rows::addAll);
    if (index != null) {
      index.patterns().stream().filter(row -> row.pattern().startsWith(prefix))
          .filter(row -> !replaced.contains(row.pattern())).forEach(rows::add);
      index.namedStartingWith(prefix).stream()
          .filter(row -> !replaced.contains(row.pattern())).forEach(rows::add);
    }
    return rows;
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
    return new KnownCookies(null, Set.of(), rows);
  }

  /**
   * The database shipped in the processor, from its index: opening it costs milliseconds, and a
   * row is read when a name asks for it. The index holds exactly the CSV's usable rows (a test
   * compares them), so there is nothing to warn about.
   */
  public static KnownCookies.Loaded builtIn() {
    return new Loaded(new KnownCookies(KnownCookieIndex.builtIn(), Set.of(), List.of()), List.of());
  }

  /** The shipped CSV as published, every row parsed: what the index is made from. */
  static KnownCookieCsv.Rows shippedCsv() {
    try (InputStream in = KnownCookies.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the processor jar");
      }
      return KnownCookieCsv.read(utf8(in), CREDIT);
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
    Set<String> replacing = userRows.stream().map(KnownCookie::pattern).collect(Collectors.toSet());
    List<KnownCookie> rows = new ArrayList<>();
    own.stream().filter(row -> !replacing.contains(row.pattern())).forEach(rows::add);
    rows.addAll(userRows);
    Set<String> allReplaced = new HashSet<>(replaced);
    allReplaced.addAll(replacing);
    return new KnownCookies(index, allReplaced, rows);
  }

  /** Every row: the index's that are not replaced (patterns, then by name), then the given ones. */
  public List<KnownCookie> all() {
    if (index == null) {
      return own;
    }
    List<KnownCookie> rows = new ArrayList<>();
    index.all().stream().filter(row -> !replaced.contains(row.pattern())).forEach(rows::add);
    rows.addAll(own);
    return rows;
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
      List<KnownCookie> same = named(declared);
      if (!same.isEmpty()) {
        return List.of(sorted(same));
      }
      List<KnownCookie> covering = mostSpecificCovering(declared);
      return covering.isEmpty() ? List.of() : List.of(covering);
    }
    // rows that overlap start with the pattern's literal prefix, or are patterns whose own
    // literal prefix is a prefix of it
    String prefix = literalPrefix(declared);
    List<KnownCookie> nearby = new ArrayList<>(patternsBefore(prefix));
    nearby.addAll(startingWith(prefix));
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
    List<KnownCookie> same = named(concreteName);
    return !same.isEmpty() ? sorted(same) : mostSpecificCovering(concreteName);
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
    if (rows.size() < 2) {
      return List.copyOf(rows); // most names: one row
    }
    return rows.stream().sorted(BY_PLATFORM).toList();
  }

  /** The first row of a concrete name, if the database knows it. */
  public Optional<KnownCookie> first(String concreteName) {
    return describing(concreteName).stream().findFirst();
  }
}
