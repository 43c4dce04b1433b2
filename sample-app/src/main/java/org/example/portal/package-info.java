/**
 * The seed's data portal as a small running site: its pages, its consent banner and its cookie
 * policy, with every cookie declared by {@code @Cookie} on the code that sets it.
 *
 * <p>The policy covers the whole site, so it sits on the package: the processor generates {@code
 * org.example.portal.CookieRegistry} here and writes the policy documents into the jar.
 */
@CookiePolicy(site = "https://datasource.kapsarc.org", consentCookie = "cookies_preferences")
package org.example.portal;

import io.github.cookieledger.CookiePolicy;
