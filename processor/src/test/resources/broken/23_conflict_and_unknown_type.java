// Broken input: a conflicting duplicate next to an unknown type.
// javac: cannot find symbol
// rules: [cookie-duplicate]
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class ConflictAndUnknownType {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "well_formed", provider = "Someone else", purpose = "To stay well formed", category = Category.NECESSARY)
  MissingType other;
}
