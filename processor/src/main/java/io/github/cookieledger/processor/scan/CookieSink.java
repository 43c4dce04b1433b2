package io.github.cookieledger.processor.scan;

import java.util.Set;

/**
 * One recognised call that creates a cookie or writes a {@code Set-Cookie} header, as the walk of
 * its class saw it, waiting for the end of the compilation to resolve its name.
 *
 * @param call the recognised API
 * @param terms what the name can be
 * @param name the name argument
 * @param creation the creating call (for the servlet-default warnings)
 * @param uses what the method does with the cookie
 * @param imported whether the file imports a type named {@code Cookie} other than ours, so a
 *     suggestion names the annotation by its qualified name
 */
record CookieSink(CookieCalls.Call call, Set<NameTerm> terms, Site name, Site creation,
    CookieUses.Uses uses, boolean imported) {}
