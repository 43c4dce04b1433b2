package org.example.portal;

/**
 * The table {@link CookieRegistry} is built from, and its index. Generated; use the registry,
 * not this class.
 */
@javax.annotation.processing.Generated("io.github.cookieledger.processor.CookieProcessor")
abstract class CookieRegistry_Table {
  static final java.lang.String CHUNK0 = "cookieledger-table\t1\n"
      + "\001policy\tsite\trevision\n"
      + "https://datasource.kapsarc.org\te3b0c442\n"
      + "\001cookie\tname\tprovider\tpurpose\tcategory\tfunction\tparty\tduration\tdomain\tpath\tsecure\thttpOnly\tsameSite\tanonymized\tpartitioned\tconstant\tknown\n"
      + "cookies_preferences\tOpendatasoft\tTo remember the visitor's cookie preferences\tNECESSARY\tChoices related to your cookie preferences\tFIRST_PARTY\tsession\t\t/\ttrue\ttrue\tLAX\tfalse\tfalse\tCOOKIES_PREFERENCES\t\n"
      + "csrftoken\tOpendatasoft\tTo retrieve data via API calls\tNECESSARY\tAPI (CSRF) (front et back office)\tFIRST_PARTY\tsession\t\t/\ttrue\ttrue\tLAX\tfalse\tfalse\tCSRFTOKEN\t\n"
      + "django_language\tOpendatasoft\tTo remember the visitor's language\tNECESSARY\tLanguage selection (front and back office)\tFIRST_PARTY\tsession\t\t/\ttrue\ttrue\tLAX\tfalse\tfalse\tDJANGO_LANGUAGE\t\n"
      + "sessionid\tOpendatasoft\tTo remember the user from one page to another\tNECESSARY\tAuthentication (front and back office)\tFIRST_PARTY\tsession\t\t/\ttrue\ttrue\tLAX\tfalse\tfalse\tSESSIONID\t\n";

  private static final io.github.cookieledger.RegistryTable TABLE = io.github.cookieledger.RegistryTable.decode(CHUNK0);

  CookieRegistry_Table() {
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
