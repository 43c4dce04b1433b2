// Broken input: a syntax error in a method body.
// javac skips annotation processing: a syntax error stops it before any processor runs
// javac: ';' expected
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class MissingSemicolon {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  void broken() {
    int x = 1
  }
}
