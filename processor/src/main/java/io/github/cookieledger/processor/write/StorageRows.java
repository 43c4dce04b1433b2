package io.github.cookieledger.processor.write;

import io.github.cookieledger.processor.model.StorageAttributes;
import io.github.cookieledger.processor.model.StorageEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one category's web storage table: entries that share kind, provider, function,
 * purpose and party share a row, in the order of their first name (as {@link PolicyRows}).
 */
public final class StorageRows {
  private StorageRows() {}

  /**
   * One row.
   *
   * @param first the row's first entry: its texts stand for the row (translations included)
   * @param names the names, sorted
   */
  public record Row(StorageEntry first, List<String> names) {
    public StorageAttributes sample() {
      return first.attributes();
    }
  }

  /** @param entries one category's web storage, in ledger order */
  public static List<Row> of(List<StorageEntry> entries) {
    Map<List<Object>, List<StorageEntry>> groups = new LinkedHashMap<>();
    for (StorageEntry entry : entries) {
      StorageAttributes a = entry.attributes();
      List<Object> key =
          List.of(a.kind(), a.provider(), a.function(), a.purpose(), a.party());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }
    List<Row> rows = new ArrayList<>();
    for (List<StorageEntry> group : groups.values()) {
      rows.add(new Row(group.get(0), group.stream().map(StorageEntry::name).sorted().toList()));
    }
    return rows;
  }
}
