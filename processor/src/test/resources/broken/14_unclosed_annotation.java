// Broken input: an annotation that is never closed.
// javac skips annotation processing: a syntax error stops it before any processor runs
// javac: expected
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class UnclosedAnnotation {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "lost", provider = "Example", purpose = "Never read", category = Category.NECESSARY
  void lost() {}
}
