// Broken input: purpose names a constant of a class that does not exist.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class UnresolvedConstant {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "lost", provider = "Example", purpose = Texts.MISSING, category = Category.NECESSARY)
  void lost() {}
}
