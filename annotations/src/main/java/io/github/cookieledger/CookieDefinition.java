package io.github.cookieledger;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared cookie, as the generated registry holds it: every attribute of its {@link Cookie}
 * declaration, and the {@code Set-Cookie} headers that set and delete it with exactly those
 * attributes.
 *
 * <pre>{@code
 * exchange.getResponseHeaders().add("Set-Cookie", CookieRegistry.SESSIONID.setCookieHeader(id));
 * }</pre>
 *
 * <p>Instances are immutable. The registry builds them; tests and tools may build their own with
 * {@link #builder(String)}.
 */
public final class CookieDefinition {
  private final String name;
  private final String provider;
  private final String purpose;
  private final Category category;
  private final String function;
  private final Party party;
  private final CookieDuration duration;
  private final String domain;
  private final String path;
  private final boolean secure;
  private final boolean httpOnly;
  private final SameSite sameSite;
  private final boolean anonymized;
  private final boolean partitioned;
  private final String attributes;
  private final boolean pattern;
  /** Max-Age in seconds, -1 for a session cookie: computed once, not per header. */
  private final long maxAgeSeconds;

  private CookieDefinition(Builder b) {
    this.name = b.name;
    this.provider = Objects.requireNonNull(b.provider, "provider");
    this.purpose = Objects.requireNonNull(b.purpose, "purpose");
    this.category = Objects.requireNonNull(b.category, "category");
    this.function = b.function;
    this.party = b.party;
    this.duration = b.duration;
    this.domain = b.domain;
    this.path = b.path;
    this.secure = b.secure;
    this.httpOnly = b.httpOnly;
    this.sameSite = b.sameSite;
    this.anonymized = b.anonymized;
    this.partitioned = b.partitioned;
    this.attributes = attributesAfterMaxAge();
    this.pattern = CookieNames.isPattern(name);
    this.maxAgeSeconds = duration.maxAge().map(Duration::getSeconds).orElse(-1L);
  }

  /**
   * Starts a definition; the other attributes default as in {@link Cookie}.
   *
   * @param name the cookie name or pattern
   * @return a builder
   * @throws IllegalArgumentException when the name is not a valid cookie name or pattern
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** @return the name sent in {@code Set-Cookie}, or the pattern ({@code _ga_*}) */
  public String name() {
    return name;
  }

  /** @return who sets and reads the cookie */
  public String provider() {
    return provider;
  }

  /** @return why the cookie exists */
  public String purpose() {
    return purpose;
  }

  /** @return the category */
  public Category category() {
    return category;
  }

  /** @return where on the site the cookie is used, or empty */
  public String function() {
    return function;
  }

  /** @return first or third party */
  public Party party() {
    return party;
  }

  /** @return the declared lifetime, {@code "session"} or ISO-8601 such as {@code "P13M"} */
  public String duration() {
    return duration.text();
  }

  /** @return the {@code Domain} attribute, empty for a host-only cookie */
  public String domain() {
    return domain;
  }

  /** @return the {@code Path} attribute */
  public String path() {
    return path;
  }

  /** @return whether the cookie carries {@code Secure} */
  public boolean secure() {
    return secure;
  }

  /** @return whether the cookie carries {@code HttpOnly} */
  public boolean httpOnly() {
    return httpOnly;
  }

  /** @return the {@code SameSite} attribute */
  public SameSite sameSite() {
    return sameSite;
  }

  /** @return whether a statistics cookie is declared anonymized (and so needs no consent) */
  public boolean anonymized() {
    return anonymized;
  }

  /**
   * @return whether the cookie carries {@code Partitioned} (CHIPS): the browser keeps a separate
   *     copy per top-level site
   */
  public boolean partitioned() {
    return partitioned;
  }

  /** @return whether the name is a pattern with {@code *} wildcards */
  public boolean isPattern() {
    return pattern;
  }

  /**
   * Whether this declaration covers a concrete cookie name.
   *
   * @param cookieName the name a cookie is set or received with
   * @return true for the declared name, or a name the pattern matches
   */
  public boolean matches(String cookieName) {
    return CookieNames.matches(name, cookieName);
  }

  /**
   * Whether the visitor must consent before the cookie is set: everything but {@link
   * Category#NECESSARY} cookies and anonymized {@link Category#STATISTICS} cookies.
   *
   * @return true when consent is needed
   */
  public boolean requiresConsent() {
    return requiresConsent(category, anonymized);
  }

  /**
   * The seed's consent rule, shared with the processor.
   *
   * @param category the category
   * @param anonymized whether the statistics are anonymized
   * @return true when such a cookie needs consent
   */
  public static boolean requiresConsent(Category category, boolean anonymized) {
    switch (category) {
      case NECESSARY:
        return false;
      case STATISTICS:
        return !anonymized;
      default:
        return true;
    }
  }

  /** @return the {@code Max-Age}, empty for a session cookie */
  public Optional<Duration> maxAge() {
    return duration.maxAge();
  }

  /**
   * The {@code Set-Cookie} header value that sets this cookie with its declared attributes, e.g.
   * {@code sessionid=abc; Path=/; Secure; HttpOnly; SameSite=Lax}.
   *
   * @param value the cookie value: RFC 6265 cookie-octets only
   * @return the header value
   * @throws IllegalStateException when this is a pattern (use {@link #setCookieHeader(String,
   *     String)})
   * @throws IllegalArgumentException when the value holds a character a cookie value cannot hold
   *     (space, {@code " , ; \}, controls, non-ASCII)
   */
  public String setCookieHeader(String value) {
    requireExactName("setCookieHeader(concreteName, value)");
    return header(name, value, maxAgeSeconds);
  }

  /**
   * The {@code Set-Cookie} header value for one concrete name of a pattern.
   *
   * @param concreteName a name the pattern matches, e.g. {@code _ga_ABC123} for {@code _ga_*}
   * @param value the cookie value: RFC 6265 cookie-octets only
   * @return the header value
   * @throws IllegalArgumentException when the pattern does not match the name, or the value holds
   *     a character a cookie value cannot hold
   */
  public String setCookieHeader(String concreteName, String value) {
    requireMatch(concreteName);
    return header(concreteName, value, maxAgeSeconds);
  }

  /**
   * The {@code Set-Cookie} header value that deletes this cookie: every declared attribute and
   * {@code Max-Age=0}. Browsers ignore a deletion of a {@code __Host-}, {@code __Secure-} or
   * {@code SameSite=None} cookie that lacks them.
   *
   * @return the header value
   * @throws IllegalStateException when this is a pattern (use {@link
   *     #expireCookieHeader(String)})
   */
  public String expireCookieHeader() {
    requireExactName("expireCookieHeader(concreteName)");
    return header(name, "", 0);
  }

  /**
   * The {@code Set-Cookie} header value that deletes one concrete cookie of a pattern.
   *
   * @param concreteName a name the pattern matches
   * @return the header value
   * @throws IllegalArgumentException when the pattern does not match the name
   */
  public String expireCookieHeader(String concreteName) {
    requireMatch(concreteName);
    return header(concreteName, "", 0);
  }

  private void requireExactName(String instead) {
    if (isPattern()) {
      throw new IllegalStateException(
          "cookie '" + name + "' is a pattern: call " + instead + " with the name to set");
    }
  }

  private void requireMatch(String concreteName) {
    Objects.requireNonNull(concreteName, "concreteName");
    if (!matches(concreteName)) {
      throw new IllegalArgumentException(
          "'" + MessageText.escape(concreteName) + "' is not covered by the declared cookie '"
              + name + "'");
    }
  }

  private String header(String cookieName, String value, long maxAgeSeconds) {
    checkValue(value);
    StringBuilder header =
        // sized for every part (Max-Age has at most 19 digits): the builder never grows and copies
        new StringBuilder(cookieName.length() + value.length() + path.length() + domain.length()
                + attributes.length() + 60)
            .append(cookieName)
            .append('=')
            .append(value)
            .append("; Path=")
            .append(path);
    if (!domain.isEmpty()) {
      header.append("; Domain=").append(domain);
    }
    if (maxAgeSeconds >= 0) {
      header.append("; Max-Age=").append(maxAgeSeconds);
    }
    return header.append(attributes).toString();
  }

  private String attributesAfterMaxAge() {
    return (secure ? "; Secure" : "")
        + (httpOnly ? "; HttpOnly" : "")
        + "; SameSite="
        + sameSite.attributeValue()
        + (partitioned ? "; Partitioned" : "");
  }

  private static void checkValue(String value) {
    Objects.requireNonNull(value, "value");
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!isCookieOctet(c)) {
        throw new IllegalArgumentException(
            "cookie value holds "
                + CookieNames.describe(value.codePointAt(i))
                + " at position "
                + (i + 1)
                + "; a cookie value may only hold printable ASCII except space, '\"', ',', ';'"
                + " and '\\' (encode it, e.g. Base64url)");
      }
    }
  }

  /** RFC 6265 cookie-octet: %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E. */
  private static boolean isCookieOctet(char c) {
    return c >= 0x21 && c <= 0x7e && c != '"' && c != ',' && c != ';' && c != '\\';
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CookieDefinition)) {
      return false;
    }
    CookieDefinition other = (CookieDefinition) o;
    return name.equals(other.name)
        && provider.equals(other.provider)
        && purpose.equals(other.purpose)
        && category == other.category
        && function.equals(other.function)
        && party == other.party
        && duration.equals(other.duration)
        && domain.equals(other.domain)
        && path.equals(other.path)
        && secure == other.secure
        && httpOnly == other.httpOnly
        && sameSite == other.sameSite
        && anonymized == other.anonymized
        && partitioned == other.partitioned;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, provider, purpose, category, duration);
  }

  @Override
  public String toString() {
    return "CookieDefinition{" + name + ", " + category + ", " + provider + ", " + duration + "}";
  }

  /** Builds a {@link CookieDefinition}; defaults are those of {@link Cookie}. */
  public static final class Builder {
    private final String name;
    private String provider;
    private String purpose;
    private Category category;
    // the defaults of @Cookie, read from the annotation: one table
    private String function = CookieDefaults.FUNCTION;
    private Party party = CookieDefaults.PARTY;
    private CookieDuration duration = CookieDefaults.DURATION;
    private String domain = CookieDefaults.DOMAIN;
    private String path = CookieDefaults.PATH;
    private boolean secure = CookieDefaults.SECURE;
    private boolean httpOnly = CookieDefaults.HTTP_ONLY;
    private SameSite sameSite = CookieDefaults.SAME_SITE;
    private boolean anonymized = CookieDefaults.ANONYMIZED;
    private boolean partitioned = CookieDefaults.PARTITIONED;

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      CookieNames.problem(name)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(
                    "cookie name '" + MessageText.escape(name) + "' " + problem);
              });
      this.name = name;
    }

    /**
     * @param provider who sets and reads the cookie
     * @return this builder
     */
    public Builder provider(String provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * @param purpose why the cookie exists
     * @return this builder
     */
    public Builder purpose(String purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /**
     * @param category the category
     * @return this builder
     */
    public Builder category(Category category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * @param function where on the site the cookie is used
     * @return this builder
     */
    public Builder function(String function) {
      this.function = Objects.requireNonNull(function, "function");
      return this;
    }

    /**
     * @param party first or third party
     * @return this builder
     */
    public Builder party(Party party) {
      this.party = Objects.requireNonNull(party, "party");
      return this;
    }

    /**
     * @param duration {@code "session"} or an ISO-8601 amount such as {@code "P13M"}
     * @return this builder
     * @throws IllegalArgumentException when the duration cannot be read
     */
    public Builder duration(String duration) {
      this.duration = CookieDuration.parse(duration);
      return this;
    }

    /**
     * @param domain the {@code Domain} attribute, empty for host-only; a leading dot is dropped
     *     (browsers ignore it, some servers refuse it)
     * @return this builder
     */
    public Builder domain(String domain) {
      this.domain = CookieDomains.withoutLeadingDot(attribute("domain", domain, true));
      return this;
    }

    /**
     * @param path the {@code Path} attribute
     * @return this builder
     * @throws IllegalArgumentException when the path holds {@code ;}, a control or a non-ASCII
     *     character
     */
    public Builder path(String path) {
      this.path = attribute("path", path, false);
      return this;
    }

    /**
     * @param secure whether to send {@code Secure}
     * @return this builder
     */
    public Builder secure(boolean secure) {
      this.secure = secure;
      return this;
    }

    /**
     * @param httpOnly whether to send {@code HttpOnly}
     * @return this builder
     */
    public Builder httpOnly(boolean httpOnly) {
      this.httpOnly = httpOnly;
      return this;
    }

    /**
     * @param sameSite the {@code SameSite} attribute
     * @return this builder
     */
    public Builder sameSite(SameSite sameSite) {
      this.sameSite = Objects.requireNonNull(sameSite, "sameSite");
      return this;
    }

    /**
     * @param anonymized whether statistics are anonymized
     * @return this builder
     */
    public Builder anonymized(boolean anonymized) {
      this.anonymized = anonymized;
      return this;
    }

    /**
     * @param partitioned whether the cookie carries {@code Partitioned} (CHIPS); browsers accept
     *     it only on a {@code Secure} cookie
     * @return this builder
     */
    public Builder partitioned(boolean partitioned) {
      this.partitioned = partitioned;
      return this;
    }

    /**
     * An attribute value goes into every header: nothing in it may end or break the header, and
     * it is ASCII. RFC 6265 allows spaces in a path, not in a domain.
     */
    private static String attribute(String attribute, String value, boolean noSpaces) {
      Objects.requireNonNull(value, attribute);
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == ';' || c < 0x20 || c == 0x7f || (noSpaces && Character.isWhitespace(c))) {
          throw new IllegalArgumentException(attribute + " '" + MessageText.escape(value)
              + "' holds " + CookieNames.describe(value.codePointAt(i))
              + ", which would break the Set-Cookie header");
        }
        if (c >= 0x80) {
          // RFC 6265 attribute values are ASCII: browsers and servers disagree on anything else
          throw new IllegalArgumentException(attribute + " '" + MessageText.escape(value)
              + "' holds " + CookieNames.describe(value.codePointAt(i)) + " at position "
              + (i + 1) + "; cookie attributes are ASCII (RFC 6265): percent-encode a path in"
              + " UTF-8 (/caf%C3%A9), write a domain in its xn-- form");
        }
      }
      return value;
    }

    /**
     * @return the definition
     * @throws NullPointerException when provider, purpose or category is missing
     */
    public CookieDefinition build() {
      return new CookieDefinition(this);
    }
  }
}
