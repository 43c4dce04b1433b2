package org.example.shop

import io.github.cookieledger.CookiePolicy

/**
 * The policy sits on an object: kapt shows classes and objects to annotation processors, but a
 * file holding nothing but `@file:CookiePolicy(...)` compiles to no class at all.
 */
@CookiePolicy(site = "https://shop.example.org", registry = "ShopCookies")
object SitePolicy
