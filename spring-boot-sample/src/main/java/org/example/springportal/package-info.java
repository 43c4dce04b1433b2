/**
 * The seed's data portal as a Spring Boot application: the same cookies, banner and policy as the
 * JDK sample, with cookieledger's starter enforcing the policy at run time.
 *
 * <p>The policy covers the whole site, so it sits on the package: the processor generates {@code
 * org.example.springportal.CookieRegistry} here. {@code cookies_preferences} holds the visitor's
 * choice; the starter's consent endpoint writes it and its filter reads it.
 */
@CookiePolicy(site = "https://datasource.kapsarc.org", consentCookie = "cookies_preferences")
package org.example.springportal;

import io.github.cookieledger.CookiePolicy;
