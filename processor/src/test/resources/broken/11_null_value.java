// Broken input: name is null.
// javac skips annotation processing: an error inside an annotation stops it before any processor runs
// javac: element value must be a constant expression
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class NullValue {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = null, provider = "Example", purpose = "Never read", category = Category.NECESSARY)
  void lost() {}
}
