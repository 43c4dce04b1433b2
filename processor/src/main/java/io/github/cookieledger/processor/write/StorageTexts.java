package io.github.cookieledger.processor.write;

import io.github.cookieledger.processor.model.StorageEntry;
import java.util.function.Function;

/**
 * The purpose and function a document shows for a web storage entry: the declared ones, or a
 * translation's.
 *
 * @param purpose the purpose to show
 * @param function the function to show
 */
public record StorageTexts(Function<StorageEntry, String> purpose,
    Function<StorageEntry, String> function) {

  /** The declared texts. */
  public static StorageTexts declared() {
    return new StorageTexts(entry -> entry.attributes().purpose(),
        entry -> entry.attributes().function());
  }
}
