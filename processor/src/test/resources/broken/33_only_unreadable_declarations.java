// Broken input: the only declaration does not resolve; the empty registry still stands where the code looks.
// javac: cannot find symbol
package broken;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

class OnlyUnreadableDeclarations {
  @Cookie(name = "lost", provider = "Example", purpose = Texts.MISSING, category = Category.NECESSARY)
  void lost() {}

  static int count() {
    return CookieRegistry.all().size() + CookieRegistry.REVISION.length();
  }
}
