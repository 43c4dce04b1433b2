// Broken input: two @Cookie and an explicit @Cookies on one element.
// javac skips annotation processing: an error inside an annotation stops it before any processor runs
// javac: must not be present at the same time as the element it contains
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Cookies;

class ContainerAndRepeated {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "a", provider = "Example", purpose = "A", category = Category.NECESSARY)
  @Cookie(name = "b", provider = "Example", purpose = "B", category = Category.NECESSARY)
  @Cookies({@Cookie(name = "c", provider = "Example", purpose = "C", category = Category.NECESSARY)})
  void all() {}
}
