package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Rule 8: one name, one set of attributes. Equal declarations merge into one entry that lists
 * every declaring element; different ones are an error on each, naming the other. The first
 * declaration (by element name) still reaches the registry so code that uses it compiles.
 */
final class DuplicateCheck {
  private DuplicateCheck() {}

  /**
   * @param declarations this compilation's cookies, carried-over ones included
   * @param carried which of them a partial build carried over from the previous build
   * @param libraryCookies the included libraries' cookies
   * @param durations each declaration's parsed duration
   * @return one entry per name
   */
  static List<LedgerEntry> merge(List<Declaration> declarations, Collection<Declaration> carried,
      List<Declaration> libraryCookies, Function<Declaration, CookieDuration> durations,
      List<Problem> problems) {
    Map<String, List<Declaration>> byName = new TreeMap<>();
    Set<Declaration> local = Collections.newSetFromMap(new IdentityHashMap<>());
    local.addAll(declarations);
    Set<Declaration> previous = Collections.newSetFromMap(new IdentityHashMap<>());
    previous.addAll(carried);
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
    // the rules saw what was written; duplicates compare, and the ledger holds, what every
    // output writes (a leading dot on a domain changes nothing)
    for (List<Declaration> group : byName.values()) {
      Declaration first = group.get(0);
      CookieAttributes written = first.attributes().normalised();
      TreeSet<String> declaredBy = new TreeSet<>();
      List<Location> locations = new ArrayList<>();
      boolean inSources = false;
      boolean carriedOver = false;
      for (Declaration d : group) {
        if (!d.attributes().normalised().equals(written)) {
          continue; // a conflict, reported below
        }
        declaredBy.add(d.declaredBy());
        if (local.contains(d)) {
          locations.add(d.location());
          inSources |= !previous.contains(d);
          carriedOver |= previous.contains(d);
        }
      }
      LedgerEntry.Origin origin = inSources ? LedgerEntry.Origin.LOCAL
          : carriedOver ? LedgerEntry.Origin.PREVIOUS_BUILD : LedgerEntry.Origin.LIBRARY;
      reportConflicts(group, problems);
      entries.add(LedgerEntry.of(written, durations.apply(first), origin,
          List.copyOf(declaredBy), locations));
    }
    return entries;
  }

  private static void reportConflicts(List<Declaration> group, List<Problem> problems) {
    for (Declaration d : group) {
      for (Declaration other : group) {
        CookieAttributes mine = d.attributes().normalised();
        CookieAttributes theirs = other.attributes().normalised();
        String attribute = mine.firstDifference(theirs);
        if (attribute != null) {
          problems.add(Message.DUPLICATE.at(d.location(), attribute, d.name(), other.declaredBy(),
              attribute, show(theirs, attribute), show(mine, attribute)));
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
