package io.github.cookieledger.processor.merge;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageAttributes;
import io.github.cookieledger.processor.model.StorageDeclaration;
import io.github.cookieledger.processor.read.DeclarationReader;
import io.github.cookieledger.processor.read.ElementNames;
import io.github.cookieledger.processor.read.PolicyDeclaration;
import io.github.cookieledger.processor.read.PolicyReader;
import io.github.cookieledger.processor.read.StorageReader;
import io.github.cookieledger.processor.read.StorageReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The memory of partial recompilation (IDEs, incremental builds): the previous build's cookies
 * that this compilation does not see again but that still stand.
 *
 * <p>Spring Boot's configuration processor's rule: a previous cookie survives when its declaring
 * type still exists (as source or class file) and was not compiled now; a recompiled type's
 * cookies are read afresh from its source, a deleted type's go. Included libraries' cookies never
 * survive: they are read again from {@code includes}. Elements are resolved by name in the round
 * that asks, never kept.
 */
public final class PartialBuild {
  private static final String COOKIES_JSON = "META-INF/cookies/cookies.json";
  private final PreviousBuild previous;
  private final Set<String> compiledTypes = new TreeSet<>();
  private final Set<String> compiledPackages = new TreeSet<>();

  private PartialBuild(PreviousBuild previous) {
    this.previous = previous;
  }

  /** A build with no previous {@code cookies.json}: a full build, or the first one. */
  public static PartialBuild none() {
    return new PartialBuild(null);
  }

  public static PartialBuild after(PreviousBuild previous) {
    return new PartialBuild(previous);
  }

  public boolean hasPrevious() {
    return previous != null;
  }

  /** Notes a round's root elements: their top-level types and packages are compiled now. */
  public void noteCompiled(Set<? extends Element> rootElements) {
    for (Element root : rootElements) {
      if (root instanceof PackageElement) {
        compiledPackages.add(((PackageElement) root).getQualifiedName().toString());
      } else {
        TypeElement top = ElementNames.topLevelType(root);
        if (top != null) {
          compiledTypes.add(top.getQualifiedName().toString());
        }
      }
    }
  }

  /**
   * The previous build's declarations that still stand, as their class files declare them now,
   * one per surviving declaring element; each points at its declaring type (or package) for
   * diagnostics. An entry whose type was compiled now is read afresh from its source; any other
   * entry that no class file backs any more is dropped, and one {@code [cookie-previous]} warning
   * lists what was dropped and why.
   */
  public List<Declaration> carriedOver(Elements elements, DeclarationReader reader,
      ElementNames names, List<Problem> problems) {
    List<Declaration> carried = new ArrayList<>();
    if (previous == null) {
      return carried;
    }
    StandingDeclaration standing = new StandingDeclaration(elements, reader, null, names,
        compiledTypes, compiledPackages);
    Set<String> dropped = new TreeSet<>();
    for (PreviousBuild.PreviousCookie cookie : previous.cookies()) {
      for (String declaredBy : cookie.declaredBy()) {
        if (previous.includes().contains(declaredBy) || declaredBy.equals(previous.registry())) {
          continue; // a library's cookie: read again from includes, never remembered
        }
        StandingDeclaration.Outcome<Declaration> outcome = standing.of(cookie.attributes().name(), declaredBy);
        if (outcome.declaration() != null) {
          carried.add(outcome.declaration());
        } else if (outcome.dropped() != null) {
          dropped.add("\"" + cookie.attributes().name() + "\" (" + outcome.dropped() + ")");
        }
      }
    }
    if (!dropped.isEmpty()) {
      problems.add(Message.PREVIOUS_DROPPED.global(COOKIES_JSON, String.join("; ", dropped)));
    }
    carried.sort(Comparator.comparing(Declaration::declaredBy)
        .thenComparing(Declaration::name));
    return carried;
  }

  /**
   * The previous build's web storage declarations that still stand, as {@link #carriedOver}: as
   * their class files declare them now; one {@code [cookie-previous]} warning lists the dropped.
   */
  public List<StorageDeclaration> carriedOverStorage(Elements elements, StorageReader reader,
      ElementNames names, List<Problem> problems) {
    List<StorageDeclaration> carried = new ArrayList<>();
    if (previous == null) {
      return carried;
    }
    StandingDeclaration standing = new StandingDeclaration(elements, null, reader, names,
        compiledTypes, compiledPackages);
    Set<String> dropped = new TreeSet<>();
    for (PreviousBuild.PreviousStorage entry : previous.storage()) {
      for (String declaredBy : entry.declaredBy()) {
        if (previous.includes().contains(declaredBy) || declaredBy.equals(previous.registry())) {
          continue; // a library's storage: read again from includes
        }
        StorageAttributes a = entry.attributes();
        StandingDeclaration.Outcome<StorageDeclaration> outcome =
            standing.storage(a.kind(), a.name(), declaredBy);
        if (outcome.declaration() != null) {
          carried.add(outcome.declaration());
        } else if (outcome.dropped() != null) {
          dropped.add(a.kind().jsName() + " \"" + a.name() + "\" (" + outcome.dropped() + ")");
        }
      }
    }
    if (!dropped.isEmpty()) {
      problems.add(Message.PREVIOUS_STORAGE_DROPPED.global(COOKIES_JSON,
          String.join("; ", dropped)));
    }
    carried.sort(Comparator.comparing(StorageDeclaration::declaredBy)
        .thenComparing(StorageDeclaration::name)
        .thenComparing(d -> d.attributes().kind()));
    return carried;
  }

  /**
   * The previous build's {@code @CookiePolicy}, for a compilation that does not compile it: read
   * again from its class file where it can be found in the registry's package, else rebuilt from
   * the previous {@code cookies.json} (registry name, site and includes). Empty when there was none.
   */
  public Optional<PolicyDeclaration> previousPolicy(
      Elements elements, PolicyReader policies, List<Problem> problems) {
    if (previous == null || previous.site() == null) {
      return Optional.empty();
    }
    String packageName = packageOf(previous.registry());
    PackageElement pkg = elements.getPackageElement(packageName);
    if (pkg != null) {
      Optional<PolicyDeclaration> standing = standingPolicy(pkg, policies);
      if (standing.isPresent()) {
        return standing;
      }
    }
    Element at = pkg != null ? pkg : elements.getTypeElement(previous.registry());
    if (at == null) {
      return Optional.empty();
    }
    List<PolicyDeclaration.Include> includes = new ArrayList<>();
    for (String include : previous.includes()) {
      TypeElement library = elements.getTypeElement(include);
      if (library != null && PolicyReader.generatedRegistry(library) == null) {
        problems.add(Message.PREVIOUS_INCLUDE_NOT_REGISTRY.global(COOKIES_JSON, include));
        continue;
      }
      if (library == null) {
        problems.add(Message.INCLUDE_GONE.global(include));
        continue;
      }
      includes.add(new PolicyDeclaration.Include(include, PolicyReader.generatedRegistry(library),
          null));
    }
    return Optional.of(new PolicyDeclaration(packageName, previous.site(),
        previous.registry().substring(previous.registry().lastIndexOf('.') + 1),
        List.copyOf(includes), previous.consentCookie(), previous.consentLifetime(), packageName,
        new Location(at, null, Map.of())));
  }

  /** The policy as its package-info or one of the package's types still declares it. */
  private Optional<PolicyDeclaration> standingPolicy(PackageElement pkg, PolicyReader policies) {
    Optional<PolicyDeclaration> onPackage = policies.read(pkg);
    if (onPackage.isPresent()) {
      return onPackage;
    }
    List<Element> types = new ArrayList<>(pkg.getEnclosedElements());
    types.sort(Comparator.comparing(Element::toString));
    for (Element type : types) {
      Optional<PolicyDeclaration> onType = policies.read(type);
      if (onType.isPresent()) {
        return onType;
      }
    }
    return Optional.empty();
  }

  /**
   * The registry to regenerate when nothing declares a cookie any more (every declaring type was
   * deleted or lost its {@code @Cookie}s): the previous one, emptied, so code that uses it still
   * compiles. Null without a previous build.
   */
  public String previousRegistry() {
    return previous == null ? null : previous.registry();
  }

  private static String packageOf(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? "" : qualifiedName.substring(0, dot);
  }
}
