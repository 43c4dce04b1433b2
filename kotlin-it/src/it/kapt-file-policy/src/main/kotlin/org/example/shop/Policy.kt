@file:CookiePolicy(site = "https://shop.example.org", registry = "ShopCookies")
package org.example.shop

import io.github.cookieledger.CookiePolicy
