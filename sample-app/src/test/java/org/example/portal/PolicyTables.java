package org.example.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/** Reads the seed's four columns out of the generated HTML tables, the way a visitor reads them. */
final class PolicyTables {
  private PolicyTables() {}

  /**
   * @param tables the policy's {@code table} elements
   * @return one row per cookie name, columns found by their headings
   */
  static List<Seed.Row> rows(List<Element> tables) {
    List<Seed.Row> rows = new ArrayList<>();
    for (Element table : tables) {
      List<String> headings = table.select("th").eachText();
      int provider = column(headings, Seed.COLUMNS.get(0));
      int function = column(headings, Seed.COLUMNS.get(1));
      int names = column(headings, Seed.COLUMNS.get(2));
      int purpose = column(headings, Seed.COLUMNS.get(3));
      for (Element tr : table.select("tbody tr")) {
        List<String> cells = tr.select("td").eachText();
        if (cells.size() != headings.size()) {
          continue;
        }
        for (String name : names(tr.select("td").get(names))) {
          rows.add(new Seed.Row(
              cells.get(provider), cells.get(function), name, cells.get(purpose)));
        }
      }
    }
    return rows;
  }

  /** @return the rows by cookie name */
  static Map<String, Seed.Row> byName(List<Element> tables) {
    Map<String, Seed.Row> byName = new TreeMap<>();
    for (Seed.Row row : rows(tables)) {
      byName.put(row.name, row);
    }
    return byName;
  }

  private static List<String> names(Element cell) {
    List<String> code = cell.select("code").eachText();
    return code.isEmpty() ? List.of(cell.text().split(",\\s*")) : code;
  }

  private static int column(List<String> headings, String heading) {
    int index = headings.indexOf(heading);
    if (index < 0) {
      throw new AssertionError("no column '" + heading + "' in " + headings);
    }
    return index;
  }
}
