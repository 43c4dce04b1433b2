package io.github.cookieledger.processor.scan;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * One thing a cookie name in code can be, as far as the walk of one class sees: a constant, or a
 * pointer the end of the compilation resolves (every value a field is given, every argument passed
 * for a parameter), or something the scan cannot follow.
 */
sealed interface NameTerm {

  /** A compile-time constant. */
  record Constant(String value) implements NameTerm {}

  /** Whatever a field of this compilation is ever given. */
  record FieldValue(VariableElement field) implements NameTerm {}

  /** Whatever the callers in this compilation pass for a parameter. */
  record ParameterValue(ExecutableElement method, int index) implements NameTerm {}

  /** The name of a cookie the code already has ({@code c.getName()}): a copy, no new cookie. */
  record Copy() implements NameTerm {}

  /** Something the scan does not follow. */
  record Unknown() implements NameTerm {}

  NameTerm COPY = new Copy();
  NameTerm UNKNOWN = new Unknown();
}
