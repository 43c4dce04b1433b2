package io.github.cookieledger.processor.read;

import io.github.cookieledger.Category;
import io.github.cookieledger.Party;
import io.github.cookieledger.StorageKind;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.StorageAttributes;
import io.github.cookieledger.processor.model.StorageDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Turns the {@code @Storage} annotations of an element (one, several in the implicit {@code
 * @Storages} container, or an explicit {@code @Storages}) into declarations; a declaration with a
 * value javac could not resolve is skipped, as for cookies.
 */
public final class StorageReader {
  public static final String STORAGE = "io.github.cookieledger.Storage";
  public static final String STORAGES = "io.github.cookieledger.Storages";

  private final Elements elements;
  private final ElementNames names;

  public StorageReader(Elements elements, ElementNames names) {
    this.elements = elements;
    this.names = names;
  }

  public List<StorageDeclaration> read(Element element) {
    List<StorageDeclaration> declarations = new ArrayList<>();
    String declaredBy = names.declaredBy(element);
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = AnnotationMirrors.qualifiedName(mirror);
      if (type.equals(STORAGE)) {
        read(element, mirror, declaredBy).ifPresent(declarations::add);
      } else if (type.equals(STORAGES)) {
        AnnotationValues.of(mirror, elements).annotations("value").orElse(List.of())
            .forEach(inner -> read(element, inner, declaredBy).ifPresent(declarations::add));
      }
    }
    return declarations;
  }

  /** Reads one {@code @Storage} mirror, from source or from a library registry's class file. */
  public Optional<StorageDeclaration> read(Element element, AnnotationMirror mirror,
      String declaredBy) {
    AnnotationValues values = AnnotationValues.of(mirror, elements);
    Optional<String> name = values.string("name");
    Optional<StorageKind> kind = values.enumConstant("kind", StorageKind.class);
    Optional<String> provider = values.string("provider");
    Optional<String> purpose = values.string("purpose");
    Optional<Category> category = values.enumConstant("category", Category.class);
    Optional<String> function = values.string("function");
    Optional<Party> party = values.enumConstant("party", Party.class);
    Optional<Boolean> anonymized = values.bool("anonymized");
    Optional<String> constant = values.string("constant");
    if (name.isEmpty() || kind.isEmpty() || provider.isEmpty() || purpose.isEmpty()
        || category.isEmpty() || function.isEmpty() || party.isEmpty() || anonymized.isEmpty()
        || constant.isEmpty()) {
      return Optional.empty();
    }
    StorageAttributes attributes = new StorageAttributes(name.get(), kind.get(), provider.get(),
        purpose.get(), category.get(), function.get(), party.get(), anonymized.get(),
        constant.get().isEmpty() ? ConstantNames.derive(name.get()) : constant.get());
    Location location = new Location(element, mirror, AnnotationValues.explicit(mirror));
    return Optional.of(new StorageDeclaration(attributes, declaredBy, location));
  }
}
