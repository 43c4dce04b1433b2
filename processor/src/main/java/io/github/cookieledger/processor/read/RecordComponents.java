package io.github.cookieledger.processor.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A {@code @Cookie} on a record component is one declaration, named after the component's private
 * field ({@code pkg.Rec#value}), however the compiler hands it over. {@code @Cookie} may stand on
 * fields and methods but not on record components, so the compiler moves it onto the component's
 * field and its implicit accessor:
 *
 * <ul>
 *   <li>javac puts it on both and finds both: it is read once, from the field, and the accessor's
 *       copy is skipped.
 *   <li>ECJ (3.46) puts it on the implicit accessor and only sometimes on the field (never on
 *       the first component's; a later one's when an earlier component is annotated too), and its
 *       {@code getElementsAnnotatedWith} hands over neither (the round does not even list {@code
 *       @Cookie} as present): the copy is found by walking the round's records, and read as the
 *       field's.
 * </ul>
 */
public final class RecordComponents {
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
    return field(element.getEnclosingElement(), element.getSimpleName().toString())
        .map(field -> cookieMirrors(field, cookieAnnotations).equals(
            cookieMirrors(element, cookieAnnotations)))
        .orElse(false);
  }

  /**
   * The fields of the record components, in the round's types and their member types, that carry
   * cookie annotations, or whose implicit accessor does, where neither is among the elements the
   * round found annotated: those the compiler handed to no one (ECJ). An explicit accessor's own
   * {@code @Cookie} is found like any method's and is {@code seen}; under javac the field carries
   * the annotation and is {@code seen}.
   *
   * @param roots the round's root elements
   * @param seen the elements the round found annotated
   * @param cookieAnnotations the qualified names of the cookie annotations
   */
  public static List<VariableElement> unseenComponentFields(Collection<? extends Element> roots,
      Collection<? extends Element> seen, List<String> cookieAnnotations) {
    List<VariableElement> unseen = new ArrayList<>();
    Deque<TypeElement> types = new ArrayDeque<>();
    roots.stream().filter(TypeElement.class::isInstance).map(TypeElement.class::cast)
        .forEach(types::add);
    while (!types.isEmpty()) {
      TypeElement type = types.pop();
      for (Element member : type.getEnclosedElements()) {
        if (member instanceof TypeElement) {
          types.add((TypeElement) member);
        }
      }
      if (type.getKind() != ElementKind.RECORD) {
        continue;
      }
      for (RecordComponentElement component : type.getRecordComponents()) {
        ExecutableElement accessor = component.getAccessor(); // ECJ may have none
        Optional<VariableElement> field = field(type, component.getSimpleName().toString());
        if (accessor != null && field.isPresent() && !seen.contains(accessor)
            && !seen.contains(field.get())
            && !componentMirrors(field.get(), cookieAnnotations).isEmpty()) {
          unseen.add(field.get());
        }
      }
    }
    return unseen;
  }

  /**
   * The cookie annotations of a record component, from its field when that carries them (javac
   * always, ECJ for some components), else from its implicit accessor (ECJ, see {@link
   * #unseenComponentFields}).
   */
  static List<AnnotationMirror> componentMirrors(VariableElement field,
      List<String> cookieAnnotations) {
    List<AnnotationMirror> onField = cookieMirrorsOf(field, cookieAnnotations);
    if (!onField.isEmpty()) {
      return onField;
    }
    for (RecordComponentElement component :
        ((TypeElement) field.getEnclosingElement()).getRecordComponents()) {
      if (component.getSimpleName().equals(field.getSimpleName())
          && component.getAccessor() != null) {
        return cookieMirrorsOf(component.getAccessor(), cookieAnnotations);
      }
    }
    return List.of();
  }

  private static Optional<VariableElement> field(Element record, String name) {
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(name)) {
        return Optional.of((VariableElement) member);
      }
    }
    return Optional.empty();
  }

  private static List<String> cookieMirrors(Element element, List<String> cookieAnnotations) {
    return cookieMirrorsOf(element, cookieAnnotations).stream()
        .map(AnnotationMirror::toString)
        .toList();
  }

  private static List<AnnotationMirror> cookieMirrorsOf(Element element,
      List<String> cookieAnnotations) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> cookieAnnotations.contains(AnnotationMirrors.qualifiedName(mirror)))
        .map(AnnotationMirror.class::cast)
        .toList();
  }
}
