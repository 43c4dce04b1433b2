// Broken input: one class uses @Cookies without importing it.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class MissingImportOfCookie {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookies({@Cookie(name = "lost", provider = "Example", purpose = "Never read", category = Category.NECESSARY)})
  void lost() {}
}
