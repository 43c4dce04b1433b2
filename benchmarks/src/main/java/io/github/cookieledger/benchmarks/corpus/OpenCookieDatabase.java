package io.github.cookieledger.benchmarks.corpus;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.CookieNames;
import io.github.cookieledger.Party;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Open Cookie Database (jkwakman/Open-Cookie-Database, Apache-2.0) as cookieledger
 * declarations: every row whose name is valid under SPEC §3, one per name (the first row wins),
 * wildcard rows as patterns, categories and retention periods mapped, and explicit constants where
 * two names would derive the same one.
 */
public final class OpenCookieDatabase {
  /** Where the copy lives on the class path (benchmarks/data in the source tree). */
  public static final String RESOURCE = "/open-cookie-database/open-cookie-database.csv";

  private static final int PLATFORM = 1;
  private static final int CATEGORY = 2;
  private static final int NAME = 3;
  private static final int DOMAIN = 4;
  private static final int DESCRIPTION = 5;
  private static final int RETENTION = 6;
  private static final int CONTROLLER = 7;
  private static final int WILDCARD = 9;

  private OpenCookieDatabase() {}

  /** @return every usable cookie, in database order */
  public static List<CorpusCookie> cookies() {
    List<List<String>> rows = Csv.parse(read());
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= WILDCARD) {
        continue;
      }
      String name = declaredName(row.get(NAME), "1".equals(row.get(WILDCARD).strip()));
      if (usable(name)) {
        byName.putIfAbsent(name, row); // 18 names repeat across platforms: one declaration each
      }
    }
    Map<String, String> constants = constants(byName.keySet());
    List<CorpusCookie> cookies = new ArrayList<>();
    byName.forEach((name, row) -> cookies.add(cookie(name, constants.get(name), row)));
    return Collections.unmodifiableList(cookies);
  }

  /**
   * A deterministic spread of the database: every n-th cookie, so categories and patterns mix as
   * in the whole.
   *
   * @param count how many, at most {@code cookies().size()}
   * @return the cookies
   */
  public static List<CorpusCookie> sample(int count) {
    List<CorpusCookie> all = cookies();
    if (count > all.size()) {
      throw new IllegalArgumentException("the Open Cookie Database has " + all.size()
          + " usable cookies; ask for at most that many, not " + count);
    }
    List<CorpusCookie> picked = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      picked.add(all.get((int) ((long) i * all.size() / count)));
    }
    return picked;
  }

  /** @return the runtime definitions of {@link #sample(int)} */
  public static List<CookieDefinition> definitions(int count) {
    List<CookieDefinition> definitions = new ArrayList<>(count);
    sample(count).forEach(c -> definitions.add(c.definition()));
    return definitions;
  }

  private static String declaredName(String raw, boolean wildcard) {
    // %INTEGER% and similar placeholders stand for a varying part: a wildcard
    String name = raw.replaceAll("%[A-Za-z_]+%", "*");
    if (wildcard && name.indexOf('*') < 0) {
      name = name + "*"; // a wildcard row gives the prefix: _ga_ covers _ga_ABC123
    }
    return name;
  }

  private static boolean usable(String name) {
    if (CookieNames.problem(name).isPresent()) {
      return false; // spaces, tabs, soft hyphens, braces…: not a cookie name under SPEC §3
    }
    String lower = name.toLowerCase(Locale.ROOT);
    // a mis-cased __Secure-/__Host- prefix only draws a warning; keep the compile output clean
    return !(lower.startsWith("__secure-") && !name.startsWith("__Secure-"))
        && !(lower.startsWith("__host-") && !name.startsWith("__Host-"));
  }

  private static CorpusCookie cookie(String name, String constant, List<String> row) {
    Category category = category(row.get(CATEGORY));
    String provider = row.get(PLATFORM).strip();
    if (provider.isEmpty()) {
      provider = row.get(CONTROLLER).strip();
    }
    if (provider.isEmpty()) {
      provider = "Unknown provider";
    }
    String purpose = row.get(DESCRIPTION).strip().replaceAll("\\s+", " ");
    if (purpose.isEmpty()) {
      purpose = "Set by " + provider + ".";
    }
    Party party = row.get(DOMAIN).toLowerCase(Locale.ROOT).contains("3rd party")
        ? Party.THIRD_PARTY : Party.FIRST_PARTY;
    String duration = Retention.toDuration(row.get(RETENTION),
        CookieDefinition.requiresConsent(category, false));
    return new CorpusCookie(name, constant, provider, purpose, category, party, duration,
        name.replace("*", "K7"));
  }

  /** Security → necessary, Analytics → statistics, Personalization → functional. */
  static Category category(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "necessary":
      case "security":
        return Category.NECESSARY;
      case "analytics":
        return Category.STATISTICS;
      case "marketing":
        return Category.MARKETING;
      default:
        return Category.FUNCTIONAL; // functional, personalization
    }
  }

  /**
   * Explicit constants where needed: for patterns (whose derived constants end in {@code _}), and
   * for names that derive the same constant as another ({@code _ga} and {@code _GA}).
   */
  private static Map<String, String> constants(Set<String> names) {
    Map<String, Integer> derivedCount = new HashMap<>();
    for (String name : names) {
      derivedCount.merge(derive(name), 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    Map<String, String> constants = new HashMap<>();
    for (String name : names) {
      String derived = derive(name);
      boolean pattern = name.indexOf('*') >= 0;
      if (!pattern && derivedCount.get(derived) == 1 && !reserved(derived)) {
        constants.put(name, "");
        taken.add(derived);
      }
    }
    for (String name : names) {
      if (constants.containsKey(name)) {
        continue;
      }
      String base = derive(name.replace("*", "")).replaceAll("_+$", "");
      base = (base.isEmpty() ? "COOKIE" : base) + (name.indexOf('*') >= 0 ? "_PATTERN" : "");
      String constant = base;
      for (int n = 2; taken.contains(constant) || derivedCount.containsKey(constant); n++) {
        constant = base + "_" + n;
      }
      taken.add(constant);
      constants.put(name, constant);
    }
    return constants;
  }

  private static boolean reserved(String constant) {
    return constant.equals("_") || constant.equals("REVISION");
  }

  /** SPEC §2's derivation of a registry constant from a cookie name. */
  static String derive(String cookieName) {
    String upper = cookieName.toUpperCase(Locale.ROOT);
    StringBuilder constant = new StringBuilder(upper.length() + 1);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      constant.append(Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
          ? c : '_');
    }
    if (constant.length() > 0 && !Character.isJavaIdentifierStart(constant.charAt(0))) {
      constant.insert(0, '_');
    }
    return constant.toString();
  }

  private static String read() {
    try (InputStream in = OpenCookieDatabase.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
