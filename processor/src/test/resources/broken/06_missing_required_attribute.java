// Broken input: the required purpose is missing.
// javac skips annotation processing: an error inside an annotation stops it before any processor runs
// javac: missing a default value for the element 'purpose'
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class MissingRequiredAttribute {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "lost", provider = "Example", category = Category.NECESSARY)
  void lost() {}
}
