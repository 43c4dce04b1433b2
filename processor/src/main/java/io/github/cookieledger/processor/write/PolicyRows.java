package io.github.cookieledger.processor.write;

import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.LedgerEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one category's table: cookies that share provider, function, purpose, duration and
 * party share a row (the seed's "Cookie name(s)"), in the order of their first name.
 */
public final class PolicyRows {
  private PolicyRows() {}

  /**
   * One row of a policy table.
   *
   * @param first the row's first cookie: its texts stand for the row (translations included)
   * @param names the cookie names, sorted
   */
  public record Row(LedgerEntry first, List<String> names) {
    /** The attributes the row's cookies share. */
    public CookieAttributes sample() {
      return first.attributes();
    }
  }

  /** @param entries one category's cookies, sorted by name */
  public static List<Row> of(List<LedgerEntry> entries) {
    Map<List<Object>, List<LedgerEntry>> groups = new LinkedHashMap<>();
    for (LedgerEntry entry : entries) {
      CookieAttributes a = entry.attributes();
      List<Object> key = List.of(a.provider(), a.function(), a.purpose(), a.duration(), a.party());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }
    List<Row> rows = new ArrayList<>();
    for (List<LedgerEntry> group : groups.values()) {
      rows.add(new Row(group.get(0), group.stream().map(LedgerEntry::name).toList()));
    }
    return rows;
  }
}
