package io.github.cookieledger;

/**
 * The defaults of {@link Cookie}'s optional attributes, read from the annotation itself: {@code
 * @Cookie} is the one table of defaults (javac fills them into every declaration the processor
 * reads), and {@link CookieDefinition.Builder} starts from the same values instead of spelling
 * them a second time.
 */
final class CookieDefaults {
  static final String FUNCTION = (String) of("function");
  static final Party PARTY = (Party) of("party");
  static final CookieDuration DURATION = CookieDuration.parse((String) of("duration"));
  static final String DOMAIN = (String) of("domain");
  static final String PATH = (String) of("path");
  static final boolean SECURE = (Boolean) of("secure");
  static final boolean HTTP_ONLY = (Boolean) of("httpOnly");
  static final SameSite SAME_SITE = (SameSite) of("sameSite");
  static final boolean ANONYMIZED = (Boolean) of("anonymized");
  static final boolean PARTITIONED = (Boolean) of("partitioned");

  private CookieDefaults() {}

  /** The default of one attribute of {@code @Cookie}, as its annotation interface declares it. */
  static Object of(String attribute) {
    try {
      return Cookie.class.getMethod(attribute).getDefaultValue();
    } catch (NoSuchMethodException impossible) {
      throw new AssertionError("@Cookie has no attribute " + attribute, impossible);
    }
  }
}
