package io.github.cookieledger.processor.model;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a declaration stands in the source, so a problem can point at the offending value. Valid
 * only within the round that read it: elements are never kept across rounds.
 *
 * @param element the annotated element
 * @param annotation the {@code @Cookie} or {@code @CookiePolicy} mirror
 * @param explicitValues the values written in the source, by attribute name (defaults absent)
 */
public record Location(
    Element element, AnnotationMirror annotation, Map<String, AnnotationValue> explicitValues) {

  /**
   * The explicitly written value of an attribute, or null when it took its default (a problem
   * then points at the annotation).
   */
  public AnnotationValue value(String attribute) {
    return explicitValues.get(attribute);
  }
}
