package io.github.cookieledger.testing;

import io.github.cookieledger.CookieNames;
import io.github.cookieledger.Consent;
import io.github.cookieledger.StorageDefinition;
import io.github.cookieledger.StorageKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One web storage key (or IndexedDB database) against its declaration and the consent. */
final class StorageCheck {
  private StorageCheck() {}

  static void check(StorageKind kind, String key, RegistryDeclarations declared, Consent consent,
      List<String> problems) {
    String what = kind.jsName() + (kind == StorageKind.INDEXED_DB ? " database " : " key ")
        + Texts.quoted(key);
    Optional<StorageDefinition> found = find(declared.storage(), kind, key);
    if (found.isEmpty()) {
      problems.add(what + ": no @Storage of " + declared.registry() + " declares it");
      return;
    }
    StorageDefinition definition = found.get();
    if (!consent.allows(definition)) {
      problems.add(what + (definition.isPattern()
          ? " (declared as " + Texts.quoted(definition.name()) + ")" : "")
          + ": present although the consent " + consent.granted()
          + " does not allow its category " + definition.category());
    }
  }

  /** The exact name first, else the matching pattern with the longest literal text. */
  static Optional<StorageDefinition> find(List<StorageDefinition> storage, StorageKind kind,
      String key) {
    return storage.stream()
        .filter(definition -> definition.kind() == kind && definition.matches(key))
        .min(Comparator.comparing((StorageDefinition definition) -> definition.isPattern())
            .thenComparing(StorageDefinition::name, CookieNames.MOST_SPECIFIC_FIRST));
  }
}
