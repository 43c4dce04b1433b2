package io.github.cookieledger.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotation values defensively: a value javac could not resolve (it has already reported
 * it) reads as empty, never as a wrong value or an exception.
 */
final class AnnotationValues {
  private final Map<String, AnnotationValue> withDefaults;

  private AnnotationValues(Map<String, AnnotationValue> withDefaults) {
    this.withDefaults = withDefaults;
  }

  /**
   * The values of an annotation, defaults filled in. Where the compiler cannot even build them
   * (ECJ throws on a value of the wrong type, which it has reported), every value reads as empty.
   */
  static AnnotationValues of(AnnotationMirror mirror, Elements elements) {
    try {
      return new AnnotationValues(byName(elements.getElementValuesWithDefaults(mirror)));
    } catch (RuntimeException compilerReportedIt) {
      return new AnnotationValues(Map.of());
    }
  }

  /** The values written in the source, by attribute name (none where the compiler fails). */
  static Map<String, AnnotationValue> explicit(AnnotationMirror mirror) {
    try {
      return byName(mirror.getElementValues());
    } catch (RuntimeException compilerReportedIt) {
      return Map.of();
    }
  }

  private static Map<String, AnnotationValue> byName(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
    Map<String, AnnotationValue> byName = new TreeMap<>();
    values.forEach((method, value) -> byName.put(method.getSimpleName().toString(), value));
    return byName;
  }

  Optional<String> string(String attribute) {
    AnnotationValue value = withDefaults.get(attribute);
    if (value == null || isError(value) || !(value.getValue() instanceof String)) {
      return Optional.empty();
    }
    return Optional.of((String) value.getValue());
  }

  Optional<Boolean> bool(String attribute) {
    AnnotationValue value = withDefaults.get(attribute);
    if (value == null || !(value.getValue() instanceof Boolean)) {
      return Optional.empty();
    }
    return Optional.of((Boolean) value.getValue());
  }

  <E extends Enum<E>> Optional<E> enumConstant(String attribute, Class<E> type) {
    AnnotationValue value = withDefaults.get(attribute);
    if (value == null || !(value.getValue() instanceof VariableElement)) {
      return Optional.empty();
    }
    String constant = ((VariableElement) value.getValue()).getSimpleName().toString();
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(constant)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The strings of a {@code String[]} attribute; empty when it could not be resolved. */
  Optional<List<String>> strings(String attribute) {
    Optional<List<Object>> items = list(attribute);
    if (items.isEmpty() || !items.get().stream().allMatch(String.class::isInstance)) {
      return Optional.empty();
    }
    return Optional.of(items.get().stream().map(String.class::cast).toList());
  }

  /** The nested annotations of an array attribute; empty when it could not be resolved. */
  Optional<List<AnnotationMirror>> annotations(String attribute) {
    Optional<List<Object>> items = list(attribute);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (Object item : items.get()) {
      if (!(item instanceof AnnotationMirror)) {
        return Optional.empty();
      }
      mirrors.add((AnnotationMirror) item);
    }
    return Optional.of(mirrors);
  }

  /**
   * The classes of a {@code Class[]} attribute, each with its value (for diagnostics). An entry
   * javac could not resolve (it has reported it) is left out, so the others still count.
   */
  Map<AnnotationValue, DeclaredType> classes(String attribute) {
    Map<AnnotationValue, DeclaredType> classes = new java.util.LinkedHashMap<>();
    AnnotationValue value = withDefaults.get(attribute);
    if (value == null || !(value.getValue() instanceof List)) {
      return classes;
    }
    for (Object item : (List<?>) value.getValue()) {
      if (!(item instanceof AnnotationValue)) {
        continue;
      }
      AnnotationValue element = (AnnotationValue) item;
      Object type = element.getValue();
      if (type instanceof TypeMirror
          && ((TypeMirror) type).getKind() == TypeKind.DECLARED
          && !isError(element)) {
        classes.put(element, (DeclaredType) type);
      }
    }
    return classes;
  }

  private Optional<List<Object>> list(String attribute) {
    AnnotationValue value = withDefaults.get(attribute);
    if (value == null || !(value.getValue() instanceof List)) {
      return Optional.empty();
    }
    List<Object> items = new ArrayList<>();
    for (Object item : (List<?>) value.getValue()) {
      if (!(item instanceof AnnotationValue) || isError((AnnotationValue) item)) {
        return Optional.empty();
      }
      items.add(((AnnotationValue) item).getValue());
    }
    return Optional.of(items);
  }

  /**
   * Whether the compiler stands in a placeholder for a value it could not resolve. javac's prints
   * as {@code <error>} (unquoted, unlike a real string); ECJ gives the string {@code "<error>"}
   * itself for any unresolved value, which only javac can tell from a literal.
   */
  private static boolean isError(AnnotationValue value) {
    Object content = value.getValue();
    if ("<error>".equals(content)) {
      // javac's error value holds and prints <error>, a literal "<error>" prints with its quotes;
      // another compiler's (ECJ's) error value holds the same text. Only then is it printed:
      // printing formats the constant as source, for every string of every declaration.
      return "<error>".equals(value.toString())
          || !value.getClass().getName().startsWith("com.sun.tools.javac.");
    }
    return content instanceof TypeMirror type && type.getKind() == TypeKind.ERROR;
  }
}
