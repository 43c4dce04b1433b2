package io.github.cookieledger;

/**
 * The one normalisation of a declared {@code domain}, shared by the processor (ledger, documents,
 * TCF) and the runtime (the {@code Set-Cookie} header), so every output names the same domain.
 */
public final class CookieDomains {
  private CookieDomains() {}

  /**
   * The domain as written everywhere: without its leading dot. RFC 6265 §5.2.3 has browsers ignore
   * a leading dot, and Tomcat's cookie processor refuses a {@code Domain} that starts with one.
   *
   * @param domain a declared domain, possibly empty
   * @return the domain without one leading dot
   */
  public static String withoutLeadingDot(String domain) {
    return domain.startsWith(".") ? domain.substring(1) : domain;
  }

  /**
   * Whether a declared domain starts with the dot that {@link #withoutLeadingDot} drops.
   *
   * @param domain a declared domain
   * @return true for {@code ".example.org"}
   */
  public static boolean hasLeadingDot(String domain) {
    return domain.startsWith(".");
  }
}
