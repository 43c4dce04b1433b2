package org.example.shop;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Party;
import io.github.cookieledger.Storage;
import io.github.cookieledger.StorageKind;

/** Marketing, with texts that are hostile to every output format. */
public class Ads {
  @Cookie(name = "ad_id", provider = "Ads & <Partners> \"Co\"",
      purpose = "To show 'offers' </script><script>alert(1)</script> once",
      category = Category.MARKETING, party = Party.THIRD_PARTY, duration = "P90D",
      domain = "ads.example", sameSite = io.github.cookieledger.SameSite.NONE, httpOnly = false)
  @Storage(name = "ad.*.seen", kind = StorageKind.LOCAL_STORAGE,
      provider = "Ads & <Partners> \"Co\"",
      purpose = "To cap how often an ad is shown </script> \\ ${x} `y` \u2028 z",
      category = Category.MARKETING, party = Party.THIRD_PARTY, constant = "AD_SEEN")
  void show() {}
}
