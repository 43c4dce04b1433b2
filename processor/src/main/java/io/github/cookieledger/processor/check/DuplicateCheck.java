package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rule 8: one name, one set of attributes. Equal declarations merge into one entry that lists
 * every declaring element; different ones are an error on each, naming the other. The first
 * declaration (by element name) still reaches the registry so code that uses it compiles.
 */
final class DuplicateCheck {
  private DuplicateCheck() {}

  /**
   * @param declarations local and included cookies; included ones have {@code local} false
   * @return one entry per name
   */
  static List<LedgerEntry> merge(
      List<Declaration> declarations, List<Declaration> libraryCookies, List<Problem> problems) {
    Map<String, List<Declaration>> byName = new TreeMap<>();
    Set<Declaration> local = Collections.newSetFromMap(new IdentityHashMap<>());
    local.addAll(declarations);
    List<Declaration> all = new ArrayList<>(declarations);
    all.addAll(libraryCookies);
    // local first: on a conflict with a library the local constant stays in the registry, so the
    // code that uses it compiles and only the conflict is reported
    all.sort(Comparator.comparing((Declaration d) -> !local.contains(d))
        .thenComparing(Declaration::declaredBy));
    for (Declaration d : all) {
      byName.computeIfAbsent(d.name(), name -> new ArrayList<>()).add(d);
    }
    List<LedgerEntry> entries = new ArrayList<>();
    for (List<Declaration> group : byName.values()) {
      Declaration first = group.get(0);
      TreeSet<String> declaredBy = new TreeSet<>();
      boolean declaredHere = false;
      for (Declaration d : group) {
        if (d.attributes().equals(first.attributes())) {
          declaredBy.add(d.declaredBy());
          declaredHere |= local.contains(d);
        }
      }
      reportConflicts(group, problems);
      entries.add(new LedgerEntry(first.attributes(), List.copyOf(declaredBy), declaredHere));
    }
    return entries;
  }

  private static void reportConflicts(List<Declaration> group, List<Problem> problems) {
    for (Declaration d : group) {
      for (Declaration other : group) {
        String attribute = d.attributes().firstDifference(other.attributes());
        if (attribute != null) {
          problems.add(Message.DUPLICATE.at(d.location(), attribute, d.name(), other.declaredBy(),
              attribute, show(other.attributes(), attribute), show(d.attributes(), attribute)));
          break;
        }
      }
    }
  }

  private static String show(CookieAttributes attributes, String attribute) {
    Object value = attributes.value(attribute);
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
