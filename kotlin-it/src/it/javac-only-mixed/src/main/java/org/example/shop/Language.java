package org.example.shop;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

public final class Language {
  @Cookie(name = "shop_lang", provider = "Example Shop", purpose = "To remember the visitor's language",
      category = Category.FUNCTIONAL, duration = "P1Y")
  public String header(String lang) {
    return CookieRegistry.SHOP_LANG.setCookieHeader(lang);
  }

}
