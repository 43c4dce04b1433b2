// Broken input: a real rule error in a class whose supertype does not exist.
// javac: cannot find symbol
// rules: [cookie-name]
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class RuleErrorAndUnknownType extends MissingBase {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "bad name", provider = "Example", purpose = "Spaces", category = Category.NECESSARY, constant = "BAD_NAME")
  void bad() {}
}
