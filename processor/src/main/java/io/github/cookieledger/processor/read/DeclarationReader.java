package io.github.cookieledger.processor.read;

import io.github.cookieledger.Category;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Turns the {@code @Cookie} annotations of an element (one, several in the implicit {@code
 * @Cookies} container, or an explicit {@code @Cookies}) into declarations. A declaration with a
 * value javac could not resolve is skipped: javac has reported it already.
 */
public final class DeclarationReader {
  public static final String COOKIE = "io.github.cookieledger.Cookie";
  public static final String COOKIES = "io.github.cookieledger.Cookies";
  public static final List<String> COOKIE_ANNOTATIONS = List.of(COOKIE, COOKIES);

  private final Elements elements;
  private final ElementNames names;

  public DeclarationReader(Elements elements, ElementNames names) {
    this.elements = elements;
    this.names = names;
  }

  public List<Declaration> read(Element element) {
    if (RecordComponents.isCopiedAccessor(element, COOKIE_ANNOTATIONS)) {
      return List.of(); // read from the component's field: one declaration, one name
    }
    return read(element, element.getAnnotationMirrors());
  }

  /**
   * Reads the cookies of a record component the compiler did not hand over (ECJ; found by {@link
   * RecordComponents#unseenComponentFields}) as its field's: the same name as under javac.
   */
  public List<Declaration> readComponent(VariableElement field) {
    return read(field, RecordComponents.componentMirrors(field, COOKIE_ANNOTATIONS));
  }

  private List<Declaration> read(Element element, List<? extends AnnotationMirror> mirrors) {
    List<Declaration> declarations = new ArrayList<>();
    String declaredBy = names.declaredBy(element);
    for (AnnotationMirror mirror : mirrors) {
      String type = AnnotationMirrors.qualifiedName(mirror);
      if (type.equals(COOKIE)) {
        read(element, mirror, declaredBy).ifPresent(declarations::add);
      } else if (type.equals(COOKIES)) {
        AnnotationValues.of(mirror, elements).annotations("value").orElse(List.of())
            .forEach(inner -> read(element, inner, declaredBy).ifPresent(declarations::add));
      }
    }
    return declarations;
  }

  /** Reads one {@code @Cookie} mirror, from source or from a library registry's class file. */
  public Optional<Declaration> read(Element element, AnnotationMirror mirror, String declaredBy) {
    AnnotationValues values = AnnotationValues.of(mirror, elements);
    Optional<String> name = values.string("name");
    Optional<String> provider = values.string("provider");
    Optional<String> purpose = values.string("purpose");
    Optional<Category> category = values.enumConstant("category", Category.class);
    Optional<String> function = values.string("function");
    Optional<Party> party = values.enumConstant("party", Party.class);
    Optional<String> duration = values.string("duration");
    Optional<String> domain = values.string("domain");
    Optional<String> path = values.string("path");
    Optional<Boolean> secure = values.bool("secure");
    Optional<Boolean> httpOnly = values.bool("httpOnly");
    Optional<SameSite> sameSite = values.enumConstant("sameSite", SameSite.class);
    Optional<Boolean> anonymized = values.bool("anonymized");
    Optional<Boolean> partitioned = values.bool("partitioned");
    Optional<String> constant = values.string("constant");
    Optional<String> known = values.string("known");
    if (name.isEmpty() || provider.isEmpty() || purpose.isEmpty() || category.isEmpty()
        || function.isEmpty() || party.isEmpty() || duration.isEmpty() || domain.isEmpty()
        || path.isEmpty() || secure.isEmpty() || httpOnly.isEmpty() || sameSite.isEmpty()
        || anonymized.isEmpty() || partitioned.isEmpty() || constant.isEmpty() || known.isEmpty()) {
      return Optional.empty();
    }
    CookieAttributes attributes =
        new CookieAttributes(
            name.get(), provider.get(), purpose.get(), category.get(), function.get(), party.get(),
            duration.get(), domain.get(), path.get(), secure.get(), httpOnly.get(), sameSite.get(),
            anonymized.get(), partitioned.get(),
            constant.get().isEmpty() ? ConstantNames.derive(name.get()) : constant.get(),
            known.get());
    Location location = new Location(element, mirror, AnnotationValues.explicit(mirror));
    return Optional.of(new Declaration(attributes, declaredBy, location));
  }
}
