package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

/** Type B of the partial-build tests: switches the interface language. */
public class LanguageController {
  @Cookie(
      name = "django_language",
      provider = "Opendatasoft",
      function = "Language selection (front and back office)",
      purpose = "To remember the visitor's language",
      category = Category.FUNCTIONAL,
      duration = "P1Y")
  public <T extends Comparable<T>> void switchTo(T language, int[][] weights) {}
}
