package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Party;

/** Functional cookies. */
@Cookie(name = "django_language", provider = "Opendatasoft", function = "Language (front office)",
    purpose = "To show the portal in the language the visitor chose",
    category = Category.FUNCTIONAL, duration = "P2W")
@Cookie(name = "ods_theme", provider = "Theme CDN", purpose = "To remember the chosen theme",
    category = Category.FUNCTIONAL, party = Party.THIRD_PARTY, duration = "P30D",
    domain = "cdn.example.net")
public class Preferences {}
