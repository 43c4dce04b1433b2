package io.github.cookieledger.processor.merge;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.read.DeclarationReader;
import io.github.cookieledger.processor.read.ElementNames;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks one cookie the previous build's {@code cookies.json} lists against the evidence: the
 * class file (or package-info) that declared it must still exist and still carry its {@code
 * @Cookie}. The file is only a list of places to look; what is carried over is what the class file
 * declares now.
 */
final class StandingDeclaration {
  /**
   * What became of one previous cookie.
   *
   * @param declaration the class file's declaration to carry over, or null
   * @param dropped why it is dropped, or null (carried, or read afresh from a recompiled source)
   */
  record Outcome(Declaration declaration, String dropped) {
    static final Outcome RECOMPILED = new Outcome(null, null);

    static Outcome dropped(String why) {
      return new Outcome(null, why);
    }
  }

  private final Elements elements;
  private final DeclarationReader reader;
  private final ElementNames names;
  private final Set<String> compiledTypes;
  private final Set<String> compiledPackages;

  StandingDeclaration(Elements elements, DeclarationReader reader, ElementNames names,
      Set<String> compiledTypes, Set<String> compiledPackages) {
    this.elements = elements;
    this.reader = reader;
    this.names = names;
    this.compiledTypes = compiledTypes;
    this.compiledPackages = compiledPackages;
  }

  Outcome of(String cookieName, String declaredBy) {
    int hash = declaredBy.indexOf('#');
    String ownerName = hash < 0 ? declaredBy : declaredBy.substring(0, hash);
    Optional<TypeElement> type = typeElement(ownerName);
    Element declaring;
    Element owner;
    if (type.isPresent()) {
      TypeElement top = ElementNames.topLevelType(type.get());
      if (top != null && compiledTypes.contains(top.getQualifiedName().toString())) {
        return Outcome.RECOMPILED;
      }
      owner = type.get();
      declaring = hash < 0 ? owner : member(type.get(), declaredBy);
      if (declaring == null) {
        return Outcome.dropped(ownerName + " no longer has " + declaredBy.substring(hash + 1));
      }
    } else if (hash < 0 && compiledPackages.contains(ownerName)) {
      return Outcome.RECOMPILED;
    } else {
      Optional<PackageElement> pkg = hash < 0 ? packageElement(ownerName) : Optional.empty();
      if (pkg.isEmpty()) {
        return Outcome.dropped("its declaring type " + ownerName + " no longer exists");
      }
      owner = pkg.get();
      declaring = owner;
    }
    for (Declaration now : reader.read(declaring)) {
      if (now.name().equals(cookieName)) {
        // what the class file says, pointing at the type (a class file has no source position)
        return new Outcome(new Declaration(now.attributes(), declaredBy,
            new Location(owner, null, Map.of())), null);
      }
    }
    return Outcome.dropped(declaredBy + " no longer declares it (its class file has no such"
        + " @Cookie)");
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
