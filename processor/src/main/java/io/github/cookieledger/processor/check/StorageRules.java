package io.github.cookieledger.processor.check;

import io.github.cookieledger.Category;
import io.github.cookieledger.StorageNames;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageDeclaration;
import java.util.List;

/**
 * The rules of SPEC §3 that apply to one {@code @Storage}: a valid name or pattern, texts that
 * say something, anonymized only for statistics. The cookie-attribute rules (prefix, SameSite,
 * duration, domain, path) have no counterpart in web storage.
 */
final class StorageRules {
  private StorageRules() {}

  static void check(StorageDeclaration d, List<Problem> problems) {
    StorageNames.problem(d.name()).ifPresent(problem -> problems.add(
        Message.STORAGE_NAME.at(d.location(), "name", d.describe(), problem)));
    if (d.attributes().provider().isBlank()) {
      problems.add(Message.STORAGE_BLANK_PROVIDER.at(d.location(), "provider", d.describe(),
          d.attributes().provider()));
    }
    if (d.attributes().purpose().isBlank()) {
      problems.add(Message.STORAGE_BLANK_PURPOSE.at(d.location(), "purpose", d.describe(),
          d.attributes().purpose()));
    }
    if (d.attributes().anonymized() && d.attributes().category() != Category.STATISTICS) {
      problems.add(Message.STORAGE_ANONYMIZED_NOT_STATISTICS.at(d.location(), "anonymized",
          d.describe(), d.attributes().category()));
    }
  }
}
