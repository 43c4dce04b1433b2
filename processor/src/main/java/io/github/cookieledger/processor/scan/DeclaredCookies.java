package io.github.cookieledger.processor.scan;

import io.github.cookieledger.CookieNames;
import io.github.cookieledger.processor.model.LedgerEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cookies a compilation declares (its own and those of included libraries), looked up by the
 * concrete name code sets: an exact declaration first, else the covering pattern with the longest
 * literal text, ties broken by name (the registry's {@code find} rule).
 */
public final class DeclaredCookies {
  private static final DeclaredCookies NONE = new DeclaredCookies(List.of());

  private final Map<String, LedgerEntry> exact = new TreeMap<>();
  private final List<LedgerEntry> patterns = new ArrayList<>();

  private DeclaredCookies(Collection<LedgerEntry> entries) {
    for (LedgerEntry entry : entries) {
      if (entry.pattern()) {
        patterns.add(entry);
      } else {
        exact.put(entry.name(), entry);
      }
    }
    patterns.sort(Comparator.comparing(LedgerEntry::name, CookieNames.MOST_SPECIFIC_FIRST));
  }

  /**
   * The declared cookies.
   *
   * @param entries the ledger's cookies
   * @return a lookup over them
   */
  public static DeclaredCookies of(Collection<LedgerEntry> entries) {
    return new DeclaredCookies(entries);
  }

  /**
   * Nothing declared: a compilation without a ledger.
   *
   * @return an empty lookup
   */
  public static DeclaredCookies none() {
    return NONE;
  }

  /**
   * The declaration that covers a name.
   *
   * @param name the name code sets a cookie with
   * @return the exact declaration, else the most specific covering pattern, else empty
   */
  public Optional<LedgerEntry> covering(String name) {
    LedgerEntry found = exact.get(name);
    if (found != null) {
      return Optional.of(found);
    }
    for (LedgerEntry pattern : patterns) {
      if (CookieNames.matches(pattern.name(), name)) {
        return Optional.of(pattern);
      }
    }
    return Optional.empty();
  }
}
