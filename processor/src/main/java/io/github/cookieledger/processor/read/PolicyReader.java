package io.github.cookieledger.processor.read;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @CookiePolicy} and, through its {@code includes}, the cookies that library
 * registries carry in their {@code @GeneratedRegistry}.
 */
public final class PolicyReader {
  public static final String POLICY = "io.github.cookieledger.CookiePolicy";
  public static final String GENERATED_REGISTRY = "io.github.cookieledger.GeneratedRegistry";

  private final Elements elements;
  private final ElementNames names;
  private final DeclarationReader declarations;

  public PolicyReader(Elements elements, ElementNames names, DeclarationReader declarations) {
    this.elements = elements;
    this.names = names;
    this.declarations = declarations;
  }

  /** The policy on an element; empty when a value could not be resolved (javac reported it). */
  public Optional<PolicyDeclaration> read(Element element) {
    return AnnotationMirrors.find(element, POLICY).flatMap(mirror -> read(element, mirror));
  }

  /**
   * A value javac could not resolve (it has reported it) costs only itself: without a registry
   * name the policy is skipped, but an unresolved site or include leaves the rest standing, so the
   * registry keeps its name and the code that uses it still compiles.
   */
  private Optional<PolicyDeclaration> read(Element element, AnnotationMirror mirror) {
    AnnotationValues values = AnnotationValues.of(mirror, elements);
    Optional<String> registry = values.string("registry");
    if (registry.isEmpty()) {
      return Optional.empty();
    }
    List<PolicyDeclaration.Include> included = new ArrayList<>();
    values.classes("includes").forEach((value, type) -> {
      TypeElement library = (TypeElement) type.asElement();
      included.add(new PolicyDeclaration.Include(
          library.getQualifiedName().toString(), generatedRegistry(library), value));
    });
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    return Optional.of(new PolicyDeclaration(packageName, values.string("site").orElse(null),
        registry.get(), included, names.declaredBy(element),
        new Location(element, mirror, AnnotationValues.explicit(mirror))));
  }

  /** The cookies of an included library registry; they point at the policy for diagnostics. */
  public List<Declaration> libraryCookies(PolicyDeclaration.Include include, Location policy) {
    List<Declaration> cookies = new ArrayList<>();
    if (include.registry() == null) {
      return cookies;
    }
    Location at = new Location(policy.element(), policy.annotation(), Map.of());
    AnnotationValues.of(include.registry(), elements).annotations("cookies").orElse(List.of())
        .forEach(cookie -> declarations.read(policy.element(), cookie, include.qualifiedName())
            .map(d -> new Declaration(d.attributes(), d.declaredBy(), at))
            .ifPresent(cookies::add));
    return cookies;
  }

  /** The {@code @GeneratedRegistry} of a class, or null when it carries none. */
  public static AnnotationMirror generatedRegistry(TypeElement type) {
    return AnnotationMirrors.find(type, GENERATED_REGISTRY).orElse(null);
  }
}
