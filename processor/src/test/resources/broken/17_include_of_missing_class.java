// Broken input: includes names a class that does not exist; the registry keeps its name.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.CookiePolicy;

@CookiePolicy(site = "https://example.org", registry = "SiteCookies", includes = MissingCookies.class)
class IncludeOfMissingClass {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return SiteCookies.WELL_FORMED.name();
  }
}
