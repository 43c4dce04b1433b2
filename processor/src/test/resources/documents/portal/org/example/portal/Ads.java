package org.example.portal;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;

/** Marketing cookies whose texts hold every escaping hazard of HTML, Markdown and CSV. */
public class Ads {
  @Cookie(name = "x&y|z", provider = "Ads & <Partners> \"Co\"",
      function = "Tracking | ads\nsecond line",
      purpose = "=HYPERLINK(\"http://evil.example\") <script>alert(1)</script> & more",
      category = Category.MARKETING, party = Party.THIRD_PARTY, duration = "PT45S",
      sameSite = SameSite.NONE)
  @Cookie(name = "-promo", provider = "+Partner", function = "\tTabbed",
      purpose = "@mention: shows 'offers' | once", category = Category.MARKETING,
      party = Party.FIRST_PARTY, constant = "PROMO")
  public void track() {}
}
