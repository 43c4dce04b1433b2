// Broken input: @Cookie on a method parameter.
// javac skips annotation processing: an error inside an annotation stops it before any processor runs
// javac: not applicable
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class CookieOnParameter {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  void lost(@Cookie(name = "lost", provider = "Example", purpose = "Never read", category = Category.NECESSARY) String name) {}
}
