package io.github.cookieledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Holds several {@link Storage} declarations on one element. The compiler writes it for you when
 * an element carries more than one {@code @Storage}; you may also write it yourself.
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
public @interface Storages {
  /**
   * The declarations.
   *
   * @return the web storage declared on the element
   */
  Storage[] value();
}
