package io.github.cookieledger.processor.merge;

import io.github.cookieledger.StorageKind;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.StorageDeclaration;
import io.github.cookieledger.processor.read.DeclarationReader;
import io.github.cookieledger.processor.read.ElementNames;
import io.github.cookieledger.processor.read.StorageReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks one cookie or web storage entry the previous build's {@code cookies.json} lists against
 * the evidence: the class file (or package-info) that declared it must still exist and still carry
 * its {@code @Cookie} or {@code @Storage}. The file is only a list of places to look; what is
 * carried over is what the class file declares now.
 */
final class StandingDeclaration {
  /**
   * What became of one previous declaration.
   *
   * @param declaration the class file's declaration to carry over, or null
   * @param dropped why it is dropped, or null (carried, or read afresh from a recompiled source)
   */
  record Outcome<D>(D declaration, String dropped) {
    static <D> Outcome<D> dropped(String why) {
      return new Outcome<>(null, why);
    }
  }

  /**
   * Where a previous declaration's element stands now: the element that carries the annotation
   * and the type or package diagnostics point at; else (declaring null) why it is dropped, or
   * null when its source is compiled now.
   */
  private record Place(Element declaring, Element owner, String dropped) {
    static final Place RECOMPILED = new Place(null, null, null);

    static Place gone(String why) {
      return new Place(null, null, why);
    }
  }

  private final Elements elements;
  private final DeclarationReader reader;
  private final StorageReader storageReader;
  private final ElementNames names;
  private final Set<String> compiledTypes;
  private final Set<String> compiledPackages;

  StandingDeclaration(Elements elements, DeclarationReader reader, StorageReader storageReader,
      ElementNames names, Set<String> compiledTypes, Set<String> compiledPackages) {
    this.elements = elements;
    this.reader = reader;
    this.storageReader = storageReader;
    this.names = names;
    this.compiledTypes = compiledTypes;
    this.compiledPackages = compiledPackages;
  }

  Outcome<Declaration> of(String cookieName, String declaredBy) {
    Place place = place(declaredBy);
    if (place.declaring() == null) {
      return new Outcome<>(null, place.dropped());
    }
    for (Declaration now : reader.read(place.declaring())) {
      if (now.name().equals(cookieName)) {
        // what the class file says, pointing at the type (a class file has no source position)
        return new Outcome<>(new Declaration(now.attributes(), declaredBy,
            new Location(place.owner(), null, Map.of())), null);
      }
    }
    return Outcome.dropped(declaredBy + " no longer declares it (its class file has no such"
        + " @Cookie)");
  }

  /** As {@link #of} for a web storage entry, found by kind and name. */
  Outcome<StorageDeclaration> storage(StorageKind kind, String name, String declaredBy) {
    Place place = place(declaredBy);
    if (place.declaring() == null) {
      return new Outcome<>(null, place.dropped());
    }
    for (StorageDeclaration now : storageReader.read(place.declaring())) {
      if (now.name().equals(name) && now.attributes().kind() == kind) {
        return new Outcome<>(new StorageDeclaration(now.attributes(), declaredBy,
            new Location(place.owner(), null, Map.of())), null);
      }
    }
    return Outcome.dropped(declaredBy + " no longer declares it (its class file has no such"
        + " @Storage)");
  }

  private Place place(String declaredBy) {
    int hash = declaredBy.indexOf('#');
    String ownerName = hash < 0 ? declaredBy : declaredBy.substring(0, hash);
    Optional<TypeElement> type = typeElement(ownerName);
    if (type.isPresent()) {
      TypeElement top = ElementNames.topLevelType(type.get());
      if (top != null && compiledTypes.contains(top.getQualifiedName().toString())) {
        return Place.RECOMPILED;
      }
      Element declaring = hash < 0 ? type.get() : member(type.get(), declaredBy);
      if (declaring == null) {
        return Place.gone(ownerName + " no longer has " + declaredBy.substring(hash + 1));
      }
      return new Place(declaring, type.get(), null);
    }
    if (hash < 0 && compiledPackages.contains(ownerName)) {
      return Place.RECOMPILED;
    }
    Optional<PackageElement> pkg = hash < 0 ? packageElement(ownerName) : Optional.empty();
    if (pkg.isEmpty()) {
      return Place.gone("its declaring type " + ownerName + " no longer exists");
    }
    return new Place(pkg.get(), pkg.get(), null);
  }

  private Element member(TypeElement type, String declaredBy) {
    for (Element member : type.getEnclosedElements()) {
      if (names.declaredBy(member).equals(declaredBy)) {
        return member;
      }
    }
    return null;
  }

  /** The type of that name; empty also for a name no type can have (a hostile file). */
  private Optional<TypeElement> typeElement(String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(elements.getTypeElement(name));
    } catch (RuntimeException unreadableName) {
      return Optional.empty();
    }
  }

  private Optional<PackageElement> packageElement(String name) {
    try {
      return Optional.ofNullable(elements.getPackageElement(name));
    } catch (RuntimeException unreadableName) {
      return Optional.empty();
    }
  }
}
