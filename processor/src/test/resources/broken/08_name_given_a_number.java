// Broken input: name is given a number.
// javac skips annotation processing: an error inside an annotation stops it before any processor runs
// javac: incompatible types
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class NameGivenANumber {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = 42, provider = "Example", purpose = "Never read", category = Category.NECESSARY)
  void lost() {}
}
