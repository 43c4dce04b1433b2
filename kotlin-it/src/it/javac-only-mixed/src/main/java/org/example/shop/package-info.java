@CookiePolicy(site = "https://shop.example.org")
package org.example.shop;

import io.github.cookieledger.CookiePolicy;
