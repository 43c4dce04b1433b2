/** A shop whose pages use web storage besides cookies. */
@CookiePolicy(site = "https://shop.example", registry = "ShopCookies")
package org.example.shop;

import io.github.cookieledger.CookiePolicy;
