package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;

/** Remembers the visitor's cookie choices. */
@Cookie(
    name = "cookies_preferences",
    provider = "Opendatasoft",
    function = "Choices related to your cookie preferences",
    purpose = "To remember the visitor's cookie preferences",
    category = Category.NECESSARY,
    duration = "P6M",
    httpOnly = false)
public class ConsentBanner {}
