package io.github.cookieledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lookups behind a generated registry's {@code all()}, {@code find()} and {@code
 * byCategory()}. Generated code builds one; applications use the registry's methods.
 */
public final class CookieIndex {
  /** Category order, then name: the order of the policy. */
  private static final Comparator<CookieDefinition> POLICY_ORDER =
      Comparator.comparing(CookieDefinition::category).thenComparing(CookieDefinition::name);

  private static final Comparator<CookieDefinition> SPECIFIC_FIRST =
      Comparator.comparing(CookieDefinition::name, CookieNames.MOST_SPECIFIC_FIRST);

  private final List<CookieDefinition> all;
  /** Exact names to the answer of find(), built once: a lookup allocates nothing. */
  private final Map<String, Optional<CookieDefinition>> exact;
  private final PatternTrie patterns;
  private final Map<Category, List<CookieDefinition>> byCategory;

  private CookieIndex(List<CookieDefinition> cookies) {
    List<CookieDefinition> sorted = new ArrayList<>(cookies);
    sorted.sort(POLICY_ORDER);
    this.exact = new HashMap<>();
    Map<String, CookieDefinition> byName = new LinkedHashMap<>();
    List<CookieDefinition> patternList = new ArrayList<>();
    Map<Category, List<CookieDefinition>> categories = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      categories.put(category, new ArrayList<>());
    }
    for (CookieDefinition cookie : sorted) {
      CookieDefinition known = byName.putIfAbsent(cookie.name(), cookie);
      if (known != null) {
        if (known.equals(cookie)) {
          continue; // declared both here and in an included library: one cookie
        }
        throw new IllegalArgumentException(
            "cookie '" + cookie.name() + "' is listed twice with different attributes");
      }
      if (cookie.isPattern()) {
        patternList.add(cookie);
      } else {
        exact.put(cookie.name(), Optional.of(cookie));
      }
      categories.get(cookie.category()).add(cookie);
    }
    this.all = Collections.unmodifiableList(new ArrayList<>(byName.values()));
    patternList.sort(SPECIFIC_FIRST);
    this.patterns = PatternTrie.of(patternList);
    categories.replaceAll((category, list) -> Collections.unmodifiableList(list));
    this.byCategory = categories;
  }

  /**
   * Indexes cookies.
   *
   * @param cookies the registry's cookies, in any order
   * @return the index
   * @throws IllegalArgumentException when one name is listed twice with different attributes
   *     (equal ones count once)
   */
  public static CookieIndex of(List<CookieDefinition> cookies) {
    return new CookieIndex(cookies);
  }

  /**
   * Indexes the cookies of several lists: a large registry's parts, or a registry's own cookies
   * and those of the library registries it includes.
   *
   * @param parts lists of cookies
   * @return the index
   * @throws IllegalArgumentException when one name is listed twice with different attributes
   */
  @SafeVarargs
  public static CookieIndex ofParts(List<CookieDefinition>... parts) {
    List<CookieDefinition> cookies = new ArrayList<>();
    for (List<CookieDefinition> part : parts) {
      cookies.addAll(part);
    }
    return new CookieIndex(cookies);
  }

  /** @return every cookie, immutable, in category order, then by name */
  public List<CookieDefinition> all() {
    return all;
  }

  /**
   * Finds the declaration that covers a cookie name: the exact name first, else the matching
   * pattern with the longest literal text (ties broken by name).
   *
   * @param cookieName the name a cookie is set or received with
   * @return the declaration, or empty when none covers the name
   */
  public Optional<CookieDefinition> find(String cookieName) {
    Optional<CookieDefinition> found = exact.get(cookieName);
    return found != null ? found : patterns.find(cookieName);
  }

  /**
   * @param category a category
   * @return its cookies by name, immutable
   */
  public List<CookieDefinition> byCategory(Category category) {
    return byCategory.get(Objects.requireNonNull(category, "category"));
  }
}
