// Broken input: @Cookie on an enum constant whose body calls an unknown method.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


enum EnumConstantWithUnknownBody {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  FIRST {
    void run() {
      unknownCall();
    }
  };

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }
}
