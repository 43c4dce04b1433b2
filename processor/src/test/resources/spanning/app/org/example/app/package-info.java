/** The application: includes the widget library's cookies. */
@CookiePolicy(site = "https://app.example.org", includes = LibraryCookies.class)
package org.example.app;

import com.example.widgets.LibraryCookies;
import io.github.cookieledger.CookiePolicy;
