package org.example.portal.stats;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Party;

/** Counts visits, anonymously. */
public class Analytics {
  @Cookie(
      name = "_pk_id.*.*",
      constant = "MATOMO_ID",
      provider = "Matomo",
      function = "Audience measurement",
      purpose = "To count visits without identifying the visitor",
      category = Category.STATISTICS,
      party = Party.FIRST_PARTY,
      duration = "P13M",
      anonymized = true)
  void track() {}
}
