package org.example.shop;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import java.net.HttpCookie;

public final class Language {
  @Cookie(name = "shop_lang", provider = "Example Shop", purpose = "To remember the visitor's language",
      category = Category.FUNCTIONAL, duration = "P1Y")
  public String header(String lang) {
    return ShopCookies.SHOP_LANG.setCookieHeader(lang);
  }

  /** Undeclared as well, in Java this time: still not scanned, since kapt stops javac early. */
  public HttpCookie tracker() {
    return new HttpCookie("java_tracker", "1");
  }
}
