package org.example.shop;

/**
 * The table {@link ShopCookies} is built from, and its index. Generated; use the registry,
 * not this class.
 */
@javax.annotation.processing.Generated("io.github.cookieledger.processor.CookieProcessor")
abstract class ShopCookies_Table {
  static final java.lang.String CHUNK0 = "cookieledger-table\t1\n"
      + "\001policy\tsite\trevision\n"
      + "https://shop.example\t15075731\n"
      + "\001cookie\tname\tprovider\tpurpose\tcategory\tfunction\tparty\tduration\tdomain\tpath\tsecure\thttpOnly\tsameSite\tanonymized\tpartitioned\tconstant\tknown\n"
      + "sessionid\tShop\tTo remember the user from one page to another\tNECESSARY\tAuthentication\tFIRST_PARTY\tsession\t\t/\ttrue\ttrue\tLAX\tfalse\tfalse\tSESSIONID\t\n"
      + "theme\tShop\tTo remember the chosen theme\tFUNCTIONAL\t\tFIRST_PARTY\tP30D\t\t/shop\ttrue\tfalse\tLAX\tfalse\tfalse\tTHEME\t\n"
      + "_ga\tGoogle Analytics\tTo tell visitors apart\tSTATISTICS\t\tTHIRD_PARTY\tP13M\tshop.example\t/\ttrue\tfalse\tLAX\tfalse\tfalse\t_GA\t\n"
      + "_ga_*\tGoogle Analytics\tTo keep the state of a session\tSTATISTICS\t\tTHIRD_PARTY\tP13M\tshop.example\t/\ttrue\tfalse\tLAX\tfalse\tfalse\tGA_PROPERTY\t\n"
      + "ad_id\tAds & <Partners> \042Co\042\tTo show 'offers' </script><script>alert(1)</script> once\tMARKETING\t\tTHIRD_PARTY\tP90D\tads.example\t/\ttrue\tfalse\tNONE\tfalse\tfalse\tAD_ID\t\n"
      + "\001storage\tname\tkind\tprovider\tpurpose\tcategory\tfunction\tparty\tanonymized\tconstant\n"
      + "cart\tLOCAL_STORAGE\tShop\tTo keep the basket between visits\tNECESSARY\tBasket\tFIRST_PARTY\tfalse\tCART\n"
      + "draft_*\tSESSION_STORAGE\tShop\tTo keep a form's draft while the tab is open\tFUNCTIONAL\tForms\tFIRST_PARTY\tfalse\tDRAFT\n"
      + "theme\tLOCAL_STORAGE\tShop\tTo remember the chosen theme\tFUNCTIONAL\tDisplay\tFIRST_PARTY\tfalse\tTHEME\n"
      + "_hjSessionUser_*\tLOCAL_STORAGE\tHotjar\tTo recognise a returning visitor\tSTATISTICS\t\tTHIRD_PARTY\tfalse\tHJ_SESSION_USER\n"
      + "_hjSession_*\tSESSION_STORAGE\tHotjar\tTo group the pages of one visit\tSTATISTICS\t\tTHIRD_PARTY\tfalse\tHJ_SESSION\n"
      + "matomo-queue\tINDEXED_DB\tMatomo\tTo queue anonymous visit counts while offline\tSTATISTICS\t\tFIRST_PARTY\ttrue\tMATOMO_QUEUE\n"
      + "ad.*.seen\tLOCAL_STORAGE\tAds & <Partners> \042Co\042\tTo cap how often an ad is shown </script> \134 ${x} `y` \u2028 z\tMARKETING\t\tTHIRD_PARTY\tfalse\tAD_SEEN\n";

  private static final io.github.cookieledger.RegistryTable TABLE = io.github.cookieledger.RegistryTable.decode(CHUNK0);

  ShopCookies_Table() {
  }

  /**
   * A row of the table: the registry's constants, and the index, hold these instances.
   */
  static io.github.cookieledger.CookieDefinition cookie(int row) {
    return TABLE.cookie(row);
  }

  static io.github.cookieledger.CookieIndex index() {
    return Index.INDEX;
  }

  /*
   * Expressions that name java.* classes live here, not in the registry: there a cookie
   * constant named "java" would take the name's place.
   */
  static java.util.Optional<io.github.cookieledger.CookieDefinition> absent() {
    return java.util.Optional.empty();
  }

  static java.time.Duration seconds(long seconds) {
    return java.time.Duration.ofSeconds(seconds);
  }

  /**
   * A row of the table's web storage: the registry's storage constants hold these.
   */
  static io.github.cookieledger.StorageDefinition storageEntry(int row) {
    return TABLE.storage(row);
  }

  static java.util.List<io.github.cookieledger.StorageDefinition> storageEntries() {
    return TABLE.storage();
  }

  /**
   * Built on first use, so the included registries load only when asked.
   */
  private static final class Index {
    static final io.github.cookieledger.CookieIndex INDEX = io.github.cookieledger.CookieIndex.of(TABLE.cookies());
  }
}
