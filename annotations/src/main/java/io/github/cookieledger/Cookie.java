package io.github.cookieledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a cookie that the annotated code sets, next to the code that sets it.
 *
 * <p>At compile time the cookieledger processor checks the declaration, adds a constant for it to
 * the generated registry (use that constant to build the {@code Set-Cookie} header, so the
 * attributes always match the declaration) and lists it in the cookie policy it writes into the
 * jar.
 *
 * <pre>{@code
 * @Cookie(name = "sessionid", provider = "Opendatasoft",
 *     function = "Authentication (front and back office)",
 *     purpose = "To remember the user from one page to another",
 *     category = Category.NECESSARY)
 * void login(String user) { ... }
 * }</pre>
 *
 * <p>Declaring the same cookie on several elements is fine as long as every attribute is equal:
 * the policy shows one entry that lists all the places.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.FIELD,
  ElementType.CONSTRUCTOR,
  ElementType.PACKAGE
})
@Repeatable(Cookies.class)
public @interface Cookie {
  /**
   * The name sent in {@code Set-Cookie}. {@code *} stands for one or more characters, so one
   * declaration can cover a family of names ({@code _ga_*}, {@code _pk_id.*.*}).
   *
   * @return the cookie name or name pattern
   */
  String name();

  /**
   * Who sets and reads the cookie ("Service provider's name"), e.g. {@code "Opendatasoft"}.
   *
   * @return the provider
   */
  String provider();

  /**
   * Why the cookie exists, in a sentence a visitor understands.
   *
   * @return the purpose
   */
  String purpose();

  /**
   * The category, which decides whether the visitor must consent.
   *
   * @return the category
   */
  Category category();

  /**
   * Where on the site the cookie is used ("Function and location"), e.g. {@code "Authentication
   * (front and back office)"}.
   *
   * @return the function, or empty
   */
  String function() default "";

  /**
   * Whether the site itself or another party sets the cookie.
   *
   * @return the party
   */
  Party party() default Party.FIRST_PARTY;

  /**
   * How long the browser keeps the cookie: {@code "session"} (until the browser closes) or an
   * ISO-8601 amount in whole numbers: {@code P1Y}, {@code P13M}, {@code P2W}, {@code P30D},
   * {@code PT30M}, {@code P1DT12H}. Months count as 30 days, years as 365. At most 400 days.
   *
   * @return the lifetime
   */
  String duration() default "session";

  /**
   * The {@code Domain} attribute; empty means the cookie is sent only to the host that set it.
   *
   * @return the domain, or empty
   */
  String domain() default "";

  /**
   * The {@code Path} attribute.
   *
   * @return the path
   */
  String path() default "/";

  /**
   * The {@code Secure} attribute: only sent over HTTPS.
   *
   * @return whether the cookie is secure
   */
  boolean secure() default true;

  /**
   * The {@code HttpOnly} attribute: hidden from JavaScript.
   *
   * @return whether the cookie is HTTP-only
   */
  boolean httpOnly() default true;

  /**
   * The {@code SameSite} attribute.
   *
   * @return the same-site policy
   */
  SameSite sameSite() default SameSite.LAX;

  /**
   * For {@link Category#STATISTICS} only: the statistics cannot be traced back to a person, so no
   * consent is needed.
   *
   * @return whether the statistics are anonymized
   */
  boolean anonymized() default false;

  /**
   * The {@code Partitioned} attribute (CHIPS, "Cookies Having Independent Partitioned State"):
   * the browser keeps a separate copy of the cookie for each top-level site that embeds yours, so
   * an embedded widget keeps its state without a cross-site cookie. Requires {@link #secure()}.
   *
   * @return whether the cookie is partitioned
   */
  boolean partitioned() default false;

  /**
   * The name of the constant in the generated registry. Empty: the name upper-cased, with every
   * character that cannot stand in a Java identifier turned into {@code _} ({@code
   * django_language} becomes {@code DJANGO_LANGUAGE}). Patterns usually want an explicit one.
   *
   * @return the registry constant name, or empty
   */
  String constant() default "";

  /**
   * Why this declaration is right although the Open Cookie Database says otherwise about the
   * name (another category, a longer lifetime), e.g. {@code "gtag configured with cookie_expires
   * = 13 months"}. Empty: the processor compares the declaration with the database and reports
   * every difference ({@code [cookie-known]}). The reason is listed in {@code cookies.json}.
   *
   * @return the reason, or empty
   */
  String known() default "";
}
