/** Statistics: the session counter is declared on the package. */
@Cookie(
    name = "_pk_ses.*.*",
    constant = "MATOMO_SESSION",
    provider = "Matomo",
    function = "Audience measurement",
    purpose = "To group the pages of one visit",
    category = Category.STATISTICS,
    duration = "PT30M",
    anonymized = true)
package org.example.portal.stats;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
