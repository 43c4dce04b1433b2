// Broken input: a record whose component carries @Cookie has an unknown type in its body.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


record RecordWithUnknownType(
    @Cookie(name = "record_cookie", provider = "Example", purpose = "On a component", category = Category.NECESSARY)
    String value) {
  static MissingType helper() {
    return null;
  }

  static String use() {
    return CookieRegistry.RECORD_COOKIE.name();
  }
}
