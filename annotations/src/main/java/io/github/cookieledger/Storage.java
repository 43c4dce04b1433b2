package io.github.cookieledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares web storage that the site's pages use ("cookies and other trackers"): a {@code
 * localStorage} or {@code sessionStorage} key, or an IndexedDB database, next to the code that
 * serves the script that writes it.
 *
 * <pre>{@code
 * @Storage(name = "ods_theme", kind = StorageKind.LOCAL_STORAGE, provider = "Opendatasoft",
 *     purpose = "To remember the chosen theme", category = Category.FUNCTIONAL)
 * }</pre>
 *
 * <p>It joins the policy like a {@link Cookie}: every document lists it with its type, the
 * registry holds a {@link StorageDefinition} for it (in the nested class {@code Storage}) and the
 * banner configurations clear it when its category is withdrawn.
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
@Repeatable(Storages.class)
public @interface Storage {
  /**
   * The key (or, for {@link StorageKind#INDEXED_DB}, the database name). {@code *} stands for one
   * or more characters ({@code _hjSession_*}).
   *
   * @return the key or key pattern
   */
  String name();

  /**
   * Where the data lives.
   *
   * @return the kind of storage
   */
  StorageKind kind();

  /**
   * Who writes and reads it ("Service provider's name").
   *
   * @return the provider
   */
  String provider();

  /**
   * Why it exists, in a sentence a visitor understands.
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
   * Where on the site it is used ("Function and location").
   *
   * @return the function, or empty
   */
  String function() default "";

  /**
   * Whether the site itself or another party writes it.
   *
   * @return the party
   */
  Party party() default Party.FIRST_PARTY;

  /**
   * For {@link Category#STATISTICS} only: the statistics cannot be traced back to a person, so no
   * consent is needed.
   *
   * @return whether the statistics are anonymized
   */
  boolean anonymized() default false;

  /**
   * The name of the constant in the registry's nested {@code Storage} class. Empty: the name
   * upper-cased, every character that cannot stand in a Java identifier turned into {@code _}.
   *
   * @return the constant name, or empty
   */
  String constant() default "";
}
