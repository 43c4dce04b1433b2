package org.example.shop;

import io.github.cookieledger.Category;
import io.github.cookieledger.Cookie;
import io.github.cookieledger.Party;
import io.github.cookieledger.Storage;
import io.github.cookieledger.StorageKind;

/** Statistics: Google Analytics cookies, Hotjar's keys in both storages, Matomo's database. */
public class Analytics {
  @Cookie(name = "_ga", provider = "Google Analytics", purpose = "To tell visitors apart",
      category = Category.STATISTICS, party = Party.THIRD_PARTY, duration = "P13M",
      domain = ".shop.example", httpOnly = false)
  @Cookie(name = "_ga_*", provider = "Google Analytics", purpose = "To keep the state of a session",
      category = Category.STATISTICS, party = Party.THIRD_PARTY, duration = "P13M",
      domain = ".shop.example", httpOnly = false, constant = "GA_PROPERTY")
  @Storage(name = "_hjSessionUser_*", kind = StorageKind.LOCAL_STORAGE, provider = "Hotjar",
      purpose = "To recognise a returning visitor", category = Category.STATISTICS,
      party = Party.THIRD_PARTY, constant = "HJ_SESSION_USER")
  @Storage(name = "_hjSession_*", kind = StorageKind.SESSION_STORAGE, provider = "Hotjar",
      purpose = "To group the pages of one visit", category = Category.STATISTICS,
      party = Party.THIRD_PARTY, constant = "HJ_SESSION")
  @Storage(name = "matomo-queue", kind = StorageKind.INDEXED_DB, provider = "Matomo",
      purpose = "To queue anonymous visit counts while offline", category = Category.STATISTICS,
      anonymized = true)
  void track() {}
}
