// Broken input: includes names a class that is no registry, next to an unknown type.
// javac: cannot find symbol
// rules: [cookie-include]
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.CookiePolicy;

@CookiePolicy(site = "https://example.org", registry = "SiteCookies", includes = String.class)
class IncludeOfNonRegistry {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return SiteCookies.WELL_FORMED.name();
  }

  MissingType field;
}
