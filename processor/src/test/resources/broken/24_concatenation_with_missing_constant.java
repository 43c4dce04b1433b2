// Broken input: duration concatenates a constant that does not exist.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class ConcatenationWithMissingConstant {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "lost", provider = "Example", purpose = "Never read", category = Category.NECESSARY, duration = "P" + Days.COUNT + "D")
  void lost() {}
}
