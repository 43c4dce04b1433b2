/** The portal of the sample app, cut down to the code that sets cookies. */
@CookiePolicy(site = "https://datasource.kapsarc.org")
package org.example.portal;

import io.github.cookieledger.CookiePolicy;
