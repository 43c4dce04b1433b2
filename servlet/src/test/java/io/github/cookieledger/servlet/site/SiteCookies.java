package io.github.cookieledger.servlet.site;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.SameSite;

/** Every cookie of the test site, one of each kind the filter treats differently. */
@Cookie(name = "JSESSIONID", provider = "Servlet container", purpose = "To keep the session",
    category = Category.NECESSARY)
@Cookie(name = "consent", provider = "Shop", purpose = "To remember the visitor's cookie choice",
    category = Category.NECESSARY, duration = "P6M")
@Cookie(name = "sid", provider = "Shop", purpose = "To keep the visitor signed in",
    category = Category.NECESSARY)
@Cookie(name = "lang", provider = "Shop", purpose = "To remember the visitor's language",
    category = Category.FUNCTIONAL, duration = "P30D", httpOnly = false, sameSite = SameSite.STRICT)
@Cookie(name = "_stat", provider = "Shop analytics", purpose = "To count visits",
    category = Category.STATISTICS, duration = "P30D")
@Cookie(name = "_ga_*", provider = "Google", purpose = "To keep the state of a session",
    category = Category.STATISTICS, duration = "P30D", httpOnly = false)
@Cookie(name = "anon", provider = "Shop analytics", purpose = "To count pages anonymously",
    category = Category.STATISTICS, anonymized = true)
@Cookie(name = "ads", provider = "Ad network", purpose = "To choose adverts",
    category = Category.MARKETING, duration = "P30D", domain = "shop.example",
    party = io.github.cookieledger.Party.THIRD_PARTY, sameSite = SameSite.NONE)
public final class SiteCookies {
  private SiteCookies() {}
}
