/**
 * A small site the starter's tests start on a free port: it declares its cookies like any
 * application, so cookieledger's processor generates {@code SiteCookies} and {@code cookies.json}
 * in {@code target/test-classes}, and the starter finds them there.
 */
@CookiePolicy(site = "https://shop.example", registry = "SiteCookies", consentCookie = "consent")
package io.github.cookieledger.spring.boot.site;

import io.github.cookieledger.CookiePolicy;
