package io.github.cookieledger.processor.write;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import io.github.cookieledger.StorageKind;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.StorageEntry;
import java.util.Locale;
import java.util.Map;

/**
 * The JavaScript both banner modules share: the declared web storage that needs consent, a
 * function that removes what the visitor has not granted, and Google Consent Mode v2 from the
 * granted categories (the table of {@link Consent#googleConsentTypes()}, which the server's
 * {@code Consent.googleConsentMode()} uses too).
 */
final class BannerRuntime {
  private BannerRuntime() {}

  /** The category's key in both banners: {@code necessary}, {@code statistics}, ... */
  static String key(Category category) {
    return category.name().toLowerCase(Locale.ROOT);
  }

  /** The constants and functions, as module-level code (exported where a page may need them). */
  static String code(Ledger ledger) {
    StringBuilder js = new StringBuilder();
    js.append("// Web storage that needs consent: removed while its category is not granted.\n");
    js.append("const WEB_STORAGE = [\n");
    for (StorageEntry entry : ledger.storage()) {
      if (!entry.attributes().consentRequired()) {
        continue;
      }
      js.append("  { category: ").append(JsText.literal(key(entry.attributes().category())))
          .append(", type: ").append(JsText.literal(entry.attributes().kind().jsName()));
      if (entry.pattern()) {
        js.append(", pattern: ").append(JsText.storageRegExp(entry.name()));
      } else {
        js.append(", name: ").append(JsText.literal(entry.name()));
      }
      js.append(" },\n");
    }
    js.append("];\n\n");
    js.append("// Google Consent Mode v2: the category behind each consent type.\n");
    js.append("const CONSENT_MODE = {\n");
    for (Map.Entry<String, Category> type : Consent.googleConsentTypes().entrySet()) {
      js.append("  ").append(type.getKey()).append(": ")
          .append(JsText.literal(key(type.getValue()))).append(",\n");
    }
    js.append("};\n\n");
    js.append(FUNCTIONS.replace("$INDEXED_DB", JsText.literal(StorageKind.INDEXED_DB.jsName())));
    return js.toString();
  }

  private static final String FUNCTIONS = String.join("\n",
      "/** Removes the declared web storage of every category not in `granted`. */",
      "export function clearWithdrawnStorage(granted) {",
      "  for (const entry of WEB_STORAGE) {",
      "    if (granted.includes(entry.category)) {",
      "      continue;",
      "    }",
      "    try {",
      "      if (entry.type === $INDEXED_DB) {",
      "        deleteDatabases(entry);",
      "      } else {",
      "        removeKeys(window[entry.type], entry);",
      "      }",
      "    } catch (blocked) {",
      "      // storage the browser refuses to open holds nothing to remove",
      "    }",
      "  }",
      "}",
      "",
      "function removeKeys(store, entry) {",
      "  if (entry.name !== undefined) {",
      "    store.removeItem(entry.name);",
      "    return;",
      "  }",
      "  for (let i = store.length - 1; i >= 0; i--) {",
      "    const key = store.key(i);",
      "    if (key !== null && entry.pattern.test(key)) {",
      "      store.removeItem(key);",
      "    }",
      "  }",
      "}",
      "",
      "function deleteDatabases(entry) {",
      "  const databases = window.indexedDB;",
      "  if (entry.name !== undefined) {",
      "    databases.deleteDatabase(entry.name);",
      "  } else if (typeof databases.databases === 'function') {",
      "    databases.databases().then((all) => all",
      "      .filter((database) => entry.pattern.test(database.name))",
      "      .forEach((database) => databases.deleteDatabase(database.name)));",
      "  }",
      "}",
      "",
      "/** Google Consent Mode v2 states for the granted categories. */",
      "export function consentModeStates(granted) {",
      "  const states = {};",
      "  for (const [type, category] of Object.entries(CONSENT_MODE)) {",
      "    states[type] = category === 'necessary' || granted.includes(category)",
      "      ? 'granted' : 'denied';",
      "  }",
      "  return states;",
      "}",
      "",
      "/** Clears withdrawn storage and tells Google tags the choice, where the page has gtag. */",
      "export function applyChoice(granted) {",
      "  clearWithdrawnStorage(granted);",
      "  if (typeof window.gtag === 'function') {",
      "    window.gtag('consent', 'update', consentModeStates(granted));",
      "  }",
      "}",
      "");
}
