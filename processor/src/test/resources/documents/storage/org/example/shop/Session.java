package org.example.shop;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Storage;
import io.github.cookieledger.StorageKind;

/** Necessary: the session cookie and the basket kept in local storage. */
public class Session {
  @Cookie(name = "sessionid", provider = "Shop", function = "Authentication",
      purpose = "To remember the user from one page to another", category = Category.NECESSARY)
  @Storage(name = "cart", kind = StorageKind.LOCAL_STORAGE, provider = "Shop",
      function = "Basket", purpose = "To keep the basket between visits",
      category = Category.NECESSARY)
  void open() {}
}
