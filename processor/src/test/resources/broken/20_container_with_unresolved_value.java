// Broken input: one @Cookie in an explicit @Cookies container does not resolve.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Cookies;

class ContainerWithUnresolvedValue {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookies({
    @Cookie(name = "lost", provider = "Example", purpose = Texts.MISSING, category = Category.NECESSARY),
    @Cookie(name = "kept", provider = "Example", purpose = "Read", category = Category.NECESSARY)
  })
  void twice() {}

  static String kept() {
    return CookieRegistry.KEPT.name();
  }
}
