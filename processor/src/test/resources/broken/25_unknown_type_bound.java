// Broken input: the annotated method has a type parameter bounded by an unknown type.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class UnknownTypeBound {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "bounded", provider = "Example", purpose = "Bounded", category = Category.NECESSARY)
  <T extends MissingBound> void bounded(T value) {}
}
