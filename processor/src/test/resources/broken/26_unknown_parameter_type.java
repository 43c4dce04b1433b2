// Broken input: the annotated method takes a parameter of an unknown type.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class UnknownParameterType {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "signin", provider = "Example", purpose = "Login", category = Category.NECESSARY)
  void login(MissingUser user, MissingRole... roles) {}
}
