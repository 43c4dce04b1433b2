package io.github.cookieledger.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finds an element's annotations by qualified name, without loading the annotation classes. */
public final class AnnotationMirrors {
  private AnnotationMirrors() {}

  /** The qualified name of an annotation's type. */
  public static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The first annotation on the element whose type is one of {@code qualifiedNames}. */
  public static Optional<AnnotationMirror> find(Element element, String... qualifiedNames) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = qualifiedName(mirror);
      for (String name : qualifiedNames) {
        if (type.equals(name)) {
          return Optional.of(mirror);
        }
      }
    }
    return Optional.empty();
  }
}
