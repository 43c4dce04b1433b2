package io.github.cookieledger.processor.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The elements of a round that carry cookieledger's annotations, found in one pass. Each {@code
 * getElementsAnnotatedWith} walks every member of every root element, which in a 2,000-class
 * compilation is most of the processor's own time; asking once for all of them costs one walk,
 * and only for the annotations the round holds at all. The types come from the round (the
 * processor supports {@code "*"}, so it names every one present): looking each name up with
 * {@code Elements.getTypeElement} made javac search every module for the types a compilation
 * without cookieledger's annotations on its class path lacks, in every round.
 */
public final class AnnotatedElements {
  private final Map<String, List<Element>> byAnnotation;

  private AnnotatedElements(Map<String, List<Element>> byAnnotation) {
    this.byAnnotation = byAnnotation;
  }

  /**
   * @param round the round
   * @param present the annotation types the round holds, as the compiler passes them to {@code
   *     process}
   * @param names the qualified names of the annotations wanted
   */
  public static AnnotatedElements of(RoundEnvironment round, Set<? extends TypeElement> present,
      Set<String> names) {
    Set<TypeElement> wanted = new LinkedHashSet<>();
    for (TypeElement annotation : present) {
      if (names.contains(annotation.getQualifiedName().toString())) {
        wanted.add(annotation);
      }
    }
    Map<String, List<Element>> byAnnotation = new TreeMap<>();
    if (wanted.isEmpty()) {
      return new AnnotatedElements(byAnnotation);
    }
    for (Element element : round.getElementsAnnotatedWithAny(wanted.toArray(new TypeElement[0]))) {
      Set<String> carried = new HashSet<>();
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
            .toString();
        if (names.contains(name) && carried.add(name)) {
          byAnnotation.computeIfAbsent(name, n -> new ArrayList<>()).add(element);
        }
      }
    }
    return new AnnotatedElements(byAnnotation);
  }

  /**
   * The elements carrying any of the given annotations, in an order that does not depend on the
   * compiler (javac and ECJ hand them over differently); an element carrying two of them once.
   */
  public List<Element> with(String... annotationNames) {
    Set<Element> elements = new LinkedHashSet<>();
    for (String name : annotationNames) {
      elements.addAll(byAnnotation.getOrDefault(name, List.of()));
    }
    // a method's toString() prints its signature: made once per element, not per comparison
    List<Keyed> keyed = new ArrayList<>(elements.size());
    for (Element element : elements) {
      keyed.add(new Keyed(element.toString(), element.getKind().name(), element));
    }
    keyed.sort(Comparator.comparing(Keyed::text).thenComparing(Keyed::kind));
    List<Element> sorted = new ArrayList<>(keyed.size());
    for (Keyed element : keyed) {
      sorted.add(element.element());
    }
    return sorted;
  }

  private record Keyed(String text, String kind, Element element) {}
}
