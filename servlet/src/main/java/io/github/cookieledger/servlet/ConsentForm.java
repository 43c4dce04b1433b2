package io.github.cookieledger.servlet;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code accept} field of the consent form: {@code all}, {@code necessary}, or categories
 * ({@code statistics}), sent several times (checkboxes) or separated by commas.
 */
final class ConsentForm {
  private ConsentForm() {}

  /** A choice, or what is wrong with the field. */
  record Parsed(Optional<Consent> consent, String problem) {}

  static Parsed accept(String[] values) {
    boolean all = false;
    boolean any = false;
    EnumSet<Category> granted = EnumSet.noneOf(Category.class);
    for (String value : values == null ? new String[0] : values) {
      for (String part : value.split(",", -1)) {
        String word = part.trim().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
          continue;
        }
        any = true;
        if (word.equals("all")) {
          all = true;
        } else {
          Category category = category(word);
          if (category == null) {
            return new Parsed(Optional.empty(), "unknown category in accept (use all, necessary,"
                + " functional, statistics or marketing)");
          }
          granted.add(category);
        }
      }
    }
    if (!any) {
      return new Parsed(Optional.empty(), "accept is missing: all, necessary, or categories such"
          + " as statistics");
    }
    return new Parsed(Optional.of(all ? Consent.all()
        : Consent.of(granted.toArray(new Category[0]))), null);
  }

  private static Category category(String word) {
    for (Category category : Category.values()) {
      if (category.name().toLowerCase(Locale.ROOT).equals(word)) {
        return category;
      }
    }
    return null;
  }
}
