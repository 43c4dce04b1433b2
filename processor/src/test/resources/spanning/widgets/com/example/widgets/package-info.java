/** A widget library with its own cookie registry, LibraryCookies. */
@CookiePolicy(site = "https://widgets.example.com", registry = "LibraryCookies")
package com.example.widgets;

import io.github.cookieledger.CookiePolicy;
