package org.example.shop

import io.github.cookieledger.Category
import io.github.cookieledger.Cookie

class Cart {
  @Cookie(name = "cart_id", provider = "Example Shop", purpose = "To keep the visitor's basket",
      category = Category.NECESSARY, duration = "P7D")
  fun cartHeader(id: String): String = "cart_id=$id"
}
