// Broken input: two policies and an unknown type: the rule error and javac's only.
// javac: cannot find symbol
// rules: [cookie-policy]
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.CookiePolicy;

@CookiePolicy(site = "https://example.org", registry = "SiteCookies")
class TwoPolicies {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return SiteCookies.WELL_FORMED.name();
  }

  MissingType field;
}

@CookiePolicy(site = "https://other.example.org", registry = "SiteCookies")
class SecondPolicy {}
