// Broken input: an enum class (Party) is used without its import.
// javac skips annotation processing: an error inside an annotation stops it before any processor runs
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;


class MissingImportOfCategory {
  @Cookie(name = "well_formed", provider = "Example", purpose = "To stay well formed", category = Category.NECESSARY)
  static final String WELL = "well_formed";

  static String use() {
    return CookieRegistry.WELL_FORMED.name();
  }

  @Cookie(name = "lost", provider = "Example", purpose = "Never read", category = Party.FIRST_PARTY)
  void lost() {}
}
