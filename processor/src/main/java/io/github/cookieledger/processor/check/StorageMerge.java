package io.github.cookieledger.processor.check;

import io.github.cookieledger.StorageNames;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Policy;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageAttributes;
import io.github.cookieledger.processor.model.StorageDeclaration;
import io.github.cookieledger.processor.model.StorageEntry;
import io.github.cookieledger.processor.read.ConstantNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * Rules 8 and 9 for web storage: one kind and name, one set of attributes (equal declarations
 * merge, different ones are an error on each); constants of the registry's nested {@code Storage}
 * class unique valid identifiers. As for cookies, the first of a conflict stays, so code that uses
 * its constant compiles.
 */
final class StorageMerge {
  /** The nested class of the registry that holds the storage constants. */
  static final String NESTED_CLASS = "Storage";

  private StorageMerge() {}

  static List<StorageEntry> merge(List<StorageDeclaration> declarations,
      List<StorageDeclaration> library, Policy policy, List<Problem> problems) {
    Set<StorageDeclaration> local = Collections.newSetFromMap(new IdentityHashMap<>());
    local.addAll(declarations);
    List<StorageDeclaration> all = new ArrayList<>(declarations);
    all.addAll(library);
    all.sort(Comparator.comparing((StorageDeclaration d) -> !local.contains(d))
        .thenComparing(StorageDeclaration::declaredBy));
    Map<String, List<StorageDeclaration>> byKey = new TreeMap<>();
    for (StorageDeclaration d : all) {
      byKey.computeIfAbsent(d.attributes().kind().name() + ":" + d.name(),
          key -> new ArrayList<>()).add(d);
    }
    List<StorageEntry> entries = new ArrayList<>();
    for (List<StorageDeclaration> group : byKey.values()) {
      StorageDeclaration first = group.get(0);
      TreeSet<String> declaredBy = new TreeSet<>();
      boolean declaredHere = false;
      for (StorageDeclaration d : group) {
        if (d.attributes().equals(first.attributes())) {
          declaredBy.add(d.declaredBy());
          declaredHere |= local.contains(d);
        }
      }
      reportConflicts(group, problems);
      entries.add(new StorageEntry(first.attributes(), List.copyOf(declaredBy), declaredHere));
    }
    return constants(entries, declarations, policy, problems);
  }

  private static void reportConflicts(List<StorageDeclaration> group, List<Problem> problems) {
    for (StorageDeclaration d : group) {
      for (StorageDeclaration other : group) {
        String attribute = d.attributes().firstDifference(other.attributes());
        if (attribute != null) {
          problems.add(Message.STORAGE_DUPLICATE.at(d.location(), attribute, d.describe(),
              other.declaredBy(), attribute, show(other.attributes(), attribute),
              show(d.attributes(), attribute)));
          break;
        }
      }
    }
  }

  /** The entries that can be written; local ones with a bad or clashing constant are left out. */
  private static List<StorageEntry> constants(List<StorageEntry> entries,
      List<StorageDeclaration> declarations, Policy policy, List<Problem> problems) {
    if (policy.registrySimpleName().equals(NESTED_CLASS)
        && entries.stream().anyMatch(StorageEntry::local)) {
      declarations.stream().findFirst().ifPresent(d -> problems.add(
          Message.STORAGE_REGISTRY_NAME.at(d.location(), null)));
    }
    Map<String, StorageEntry> byConstant = new TreeMap<>();
    List<StorageEntry> writable = new ArrayList<>();
    for (StorageEntry entry : entries) {
      if (!entry.local()) {
        writable.add(entry);
        continue;
      }
      String constant = entry.attributes().constant();
      boolean derived = constant.equals(ConstantNames.derive(entry.name()));
      if (!SourceVersion.isIdentifier(constant) || SourceVersion.isKeyword(constant)
          || constant.equals("_")) {
        if (!(derived && StorageNames.problem(entry.name()).isPresent())) {
          report(entry, declarations, problems, Message.STORAGE_CONSTANT_INVALID, constant,
              suggestion(entry));
        }
        continue;
      }
      StorageEntry clash = byConstant.putIfAbsent(constant, entry);
      if (clash != null) {
        report(entry, declarations, problems, Message.STORAGE_CONSTANT_CLASH, constant,
            StorageEntry.describe(clash.attributes()), suggestion(entry));
        report(clash, declarations, problems, Message.STORAGE_CONSTANT_CLASH, constant,
            StorageEntry.describe(entry.attributes()), suggestion(clash));
        continue;
      }
      writable.add(entry);
    }
    return writable;
  }

  private static String suggestion(StorageEntry entry) {
    String base = ConstantNames.derive(entry.name()).replaceAll("_+", "_")
        .replaceAll("^_|_$", "");
    if (base.isEmpty() || !SourceVersion.isIdentifier(base)) {
      base = "KEY";
    }
    return base + "_" + entry.attributes().kind().name();
  }

  private static void report(StorageEntry entry, List<StorageDeclaration> declarations,
      List<Problem> problems, Message message, Object... values) {
    for (StorageDeclaration d : declarations) {
      if (d.attributes().equals(entry.attributes())) {
        Object[] all = new Object[values.length + 1];
        all[0] = d.describe();
        System.arraycopy(values, 0, all, 1, values.length);
        problems.add(message.at(d.location(),
            d.location().value("constant") != null ? "constant" : "name", all));
      }
    }
  }

  private static String show(StorageAttributes attributes, String attribute) {
    Object value = attributes.value(attribute);
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
