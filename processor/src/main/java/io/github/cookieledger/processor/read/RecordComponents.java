package io.github.cookieledger.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @Cookie} on a record component reaches the processor twice: javac copies it onto the
 * component's private field and onto its accessor method (both are targets of {@code @Cookie}).
 * The user wrote one declaration, so it is read once, from the field ({@code pkg.Rec#value}).
 */
final class RecordComponents {
  private RecordComponents() {}

  /**
   * Whether {@code element} is a record's accessor whose cookie annotations are exactly those of
   * the component's field, i.e. copies the compiler made rather than a second declaration.
   */
  static boolean isCopiedAccessor(Element element, List<String> cookieAnnotations) {
    if (element.getKind() != ElementKind.METHOD
        || element.getEnclosingElement().getKind() != ElementKind.RECORD
        || !((ExecutableElement) element).getParameters().isEmpty()) {
      return false;
    }
    String name = element.getSimpleName().toString();
    for (Element member : element.getEnclosingElement().getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(name)) {
        return cookieMirrors(member, cookieAnnotations).equals(cookieMirrors(element, cookieAnnotations));
      }
    }
    return false;
  }

  private static List<String> cookieMirrors(Element element, List<String> cookieAnnotations) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> cookieAnnotations.contains(AnnotationMirrors.qualifiedName(mirror)))
        .map(AnnotationMirror::toString)
        .toList();
  }
}
