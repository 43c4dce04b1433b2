package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Party;

/** Statistics: Matomo anonymized (no consent), Google Analytics (consent). */
public class Analytics {
  @Cookie(name = "_pk_id.*.*", provider = "Matomo", function = "Audience measurement",
      purpose = "To count unique visitors, anonymously", category = Category.STATISTICS,
      duration = "P13M", anonymized = true, httpOnly = false, constant = "PK_ID")
  @Cookie(name = "_pk_ses.*.*", provider = "Matomo", function = "Audience measurement",
      purpose = "To group the pages of one visit, anonymously", category = Category.STATISTICS,
      duration = "PT30M", anonymized = true, httpOnly = false, constant = "PK_SES")
  void matomo() {}

  @Cookie(name = "_ga", provider = "Google Analytics", function = "Audience measurement",
      purpose = "To tell visitors apart", category = Category.STATISTICS,
      party = Party.THIRD_PARTY, duration = "P1Y", domain = "kapsarc.org", httpOnly = false,
      known = "gtag is configured with cookie_expires = 1 year")
  @Cookie(name = "_ga_*", provider = "Google Analytics", function = "Audience measurement",
      purpose = "To keep the state of a session", category = Category.STATISTICS,
      party = Party.THIRD_PARTY, duration = "P1Y", domain = "kapsarc.org", httpOnly = false,
      constant = "GA_PROPERTY", known = "gtag is configured with cookie_expires = 1 year")
  @Cookie(name = "_gid", provider = "Google Analytics", function = "Audience measurement",
      purpose = "To tell visitors apart for a day and a half", category = Category.STATISTICS,
      party = Party.THIRD_PARTY, duration = "P1DT12H", httpOnly = false)
  @Cookie(name = "_gat", provider = "Google Analytics", function = "Audience measurement",
      purpose = "To throttle the request rate", category = Category.STATISTICS,
      party = Party.THIRD_PARTY, duration = "PT36H", httpOnly = false)
  String tracker;
}
