/**
 * The test site's cookies, declared as a user declares them; the tests' compile generates {@code
 * TestCookies} from them.
 */
@CookiePolicy(site = "https://shop.example", registry = "TestCookies", consentCookie = "consent",
    consentLifetime = "P6M")
package io.github.cookieledger.servlet.site;

import io.github.cookieledger.CookiePolicy;
