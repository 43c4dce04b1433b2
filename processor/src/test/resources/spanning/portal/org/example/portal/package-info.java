/** The portal's cookie policy: the registry PortalCookies is generated in this package. */
@CookiePolicy(site = "https://datasource.kapsarc.org", registry = "PortalCookies")
package org.example.portal;

import io.github.cookieledger.CookiePolicy;
