package io.github.cookieledger.processor.scan;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * One thing a cookie name in code can be, as far as the walk of one class sees: a constant, or a
 * pointer the end of the compilation resolves (every value a field is given, every argument passed
 * for a parameter), or something the scan cannot follow.
 *
 * <p>Terms live in hash sets and maps, so each record writes its own {@code equals} and {@code
 * hashCode}: the generated ones bootstrap {@code java.lang.runtime.ObjectMethods} on first use,
 * a fixed cost of tens of milliseconds in every compilation (measured with the real-code harness).
 */
sealed interface NameTerm {

  /** A compile-time constant. */
  record Constant(String value) implements NameTerm {
    @Override
    public boolean equals(Object other) {
      return other instanceof Constant constant && value.equals(constant.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }

  /** Whatever a field of this compilation is ever given. */
  record FieldValue(VariableElement field) implements NameTerm {
    @Override
    public boolean equals(Object other) {
      return other instanceof FieldValue value && field.equals(value.field);
    }

    @Override
    public int hashCode() {
      return field.hashCode();
    }
  }

  /** Whatever the callers in this compilation pass for a parameter. */
  record ParameterValue(ExecutableElement method, int index) implements NameTerm {
    @Override
    public boolean equals(Object other) {
      return other instanceof ParameterValue value && method.equals(value.method)
          && index == value.index;
    }

    @Override
    public int hashCode() {
      return 31 * method.hashCode() + index;
    }
  }

  /** The name of a cookie the code already has ({@code c.getName()}): a copy, no new cookie. */
  record Copy() implements NameTerm {
    @Override
    public boolean equals(Object other) {
      return other instanceof Copy;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  /** Something the scan does not follow. */
  record Unknown() implements NameTerm {
    @Override
    public boolean equals(Object other) {
      return other instanceof Unknown;
    }

    @Override
    public int hashCode() {
      return 2;
    }
  }

  NameTerm COPY = new Copy();
  NameTerm UNKNOWN = new Unknown();
}
