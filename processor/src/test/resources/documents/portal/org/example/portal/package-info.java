@CookiePolicy(site = "https://datasource.kapsarc.org")
package org.example.portal;

import io.github.cookieledger.CookiePolicy;
