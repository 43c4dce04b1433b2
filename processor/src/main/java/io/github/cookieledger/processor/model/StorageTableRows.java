package io.github.cookieledger.processor.model;

import io.github.cookieledger.Category;
import io.github.cookieledger.Party;
import io.github.cookieledger.StorageKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link StorageAttributes} as a row of the {@code storage} section of a registry's table
 * ({@code io.github.cookieledger.RegistryTable}) and back: one field per attribute, as text.
 */
public final class StorageTableRows {
  private StorageTableRows() {}

  /** The field names of a storage row, in table order. */
  public static List<String> fields() {
    return StorageAttributes.ATTRIBUTE_NAMES;
  }

  /** One value per field of {@link #fields()}. */
  public static List<String> row(StorageAttributes attributes) {
    List<String> row = new ArrayList<>();
    for (String field : fields()) {
      Object value = attributes.value(field);
      row.add(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
    }
    return row;
  }

  /**
   * The attributes of a row read back.
   *
   * @throws IllegalArgumentException naming the field that is missing or unreadable
   */
  public static StorageAttributes attributes(Map<String, String> row) {
    try {
      return new StorageAttributes(field(row, "name"),
          StorageKind.valueOf(field(row, "kind")), field(row, "provider"),
          field(row, "purpose"), Category.valueOf(field(row, "category")),
          field(row, "function"), Party.valueOf(field(row, "party")),
          Boolean.parseBoolean(field(row, "anonymized")), field(row, "constant"));
    } catch (IllegalArgumentException unknownConstant) {
      throw new IllegalArgumentException("a storage row holds an unknown value: "
          + unknownConstant.getMessage(), unknownConstant);
    }
  }

  private static String field(Map<String, String> row, String field) {
    String value = row.get(field);
    if (value == null) {
      throw new IllegalArgumentException("a storage row has no field " + field);
    }
    return value;
  }
}
