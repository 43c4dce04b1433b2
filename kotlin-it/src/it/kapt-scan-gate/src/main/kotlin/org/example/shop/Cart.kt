package org.example.shop

import io.github.cookieledger.Category
import io.github.cookieledger.Cookie
import java.net.HttpCookie

class Cart {
  @Cookie(name = "cart_id", provider = "Example Shop", purpose = "To keep the visitor's basket",
      category = Category.NECESSARY, duration = "P7D")
  fun cartHeader(id: String): String = ShopCookies.CART_ID.setCookieHeader(id)

  /** Undeclared: the scan cannot see it under kapt, and the build says so. */
  fun tracker(): HttpCookie = HttpCookie("kt_tracker", "1")
}
