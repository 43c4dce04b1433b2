package io.github.cookieledger.processor.model;

import io.github.cookieledger.CookieNames;
import io.github.cookieledger.StorageKind;
import java.util.List;

/**
 * One web storage entry of the policy: its attributes and every element that declares it.
 *
 * @param attributes the (equal) attributes of all its declarations
 * @param declaredBy the declaring elements, sorted
 * @param local false for an entry that an included library registry declares
 */
public record StorageEntry(StorageAttributes attributes, List<String> declaredBy, boolean local) {

  public String name() {
    return attributes.name();
  }

  public boolean pattern() {
    return CookieNames.isPattern(attributes.name());
  }

  /**
   * What a message calls a storage entry: {@code localStorage key "theme"}; a control character
   * or line break of the name as an escape ({@code \n}, {@code \u2028}), so the message stays
   * one readable line.
   */
  public static String describe(StorageAttributes attributes) {
    String noun = attributes.kind() == StorageKind.INDEXED_DB ? " database \"" : " key \"";
    StringBuilder name = new StringBuilder();
    for (char c : attributes.name().toCharArray()) {
      if (c == '\n') {
        name.append("\\n");
      } else if (c == '\r') {
        name.append("\\r");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        name.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        name.append(c);
      }
    }
    return attributes.kind().jsName() + noun + name + "\"";
  }
}
