// Broken input: purpose is computed at run time.
// javac skips annotation processing: an error inside an annotation stops it before any processor runs
// javac: expression not allowed as annotation value
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class NotAConstant {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "lost", provider = "Example", purpose = System.getProperty("x"), category = Category.NECESSARY)
  void lost() {}
}
