package io.github.cookieledger.processor;

import io.github.cookieledger.processor.check.Checker;
import io.github.cookieledger.processor.known.KnownCookieDatabase;
import io.github.cookieledger.processor.merge.PartialBuild;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageDeclaration;
import io.github.cookieledger.processor.read.DeclarationReader;
import io.github.cookieledger.processor.read.ElementNames;
import io.github.cookieledger.processor.read.PolicyDeclaration;
import io.github.cookieledger.processor.read.PolicyReader;
import io.github.cookieledger.processor.read.RegistryNames;
import io.github.cookieledger.processor.read.StorageReader;
import io.github.cookieledger.processor.write.RegistryWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Puts one compilation's ledger together: the declarations read now, those a partial build
 * remembers from the previous one, the policy (read now or remembered) and the cookies of the
 * included libraries, all checked at once.
 */
final class LedgerAssembler {
  private final Options options;
  private final Elements elements;
  private final DeclarationReader declarations;
  private final PolicyReader policies;
  private final StorageReader storage;
  private final PartialBuild partialBuild;
  private final ElementNames names;
  private final KnownCookieDatabase knownCookies;

  LedgerAssembler(Options options, Elements elements, DeclarationReader declarations,
      PolicyReader policies, StorageReader storage, PartialBuild partialBuild,
      ElementNames names, KnownCookieDatabase knownCookies) {
    this.names = names;
    this.storage = storage;
    this.knownCookies = knownCookies;
    this.options = options;
    this.elements = elements;
    this.declarations = declarations;
    this.policies = policies;
    this.partialBuild = partialBuild;
  }

  /**
   * The checked ledger and what it came from.
   *
   * @param result the ledger and every problem found
   * @param origins the declaring elements, for the generated files' originating elements
   * @param registryWritable false when a class of the user's has a name the registry needs
   */
  record Assembly(Checker.Result result, List<Element> origins, boolean registryWritable) {}

  Assembly assemble(List<Element> cookieElements, List<Element> policyElements,
      List<Declaration> found) {
    return assemble(cookieElements, List.of(), policyElements, found, List.of());
  }

  /**
   * @param storageElements the elements carrying {@code @Storage}
   * @param foundStorage the {@code @Storage}s read from them
   */
  Assembly assemble(List<Element> cookieElements, List<Element> storageElements,
      List<Element> policyElements, List<Declaration> found,
      List<StorageDeclaration> foundStorage) {
    List<Problem> problems = new ArrayList<>();
    List<PolicyDeclaration> policyDeclarations = new ArrayList<>();
    policyElements.forEach(element -> policies.read(element).ifPresent(policyDeclarations::add));
    if (policyElements.isEmpty()) {
      partialBuild.previousPolicy(elements, policies, problems).ifPresent(policyDeclarations::add);
    }
    List<Declaration> all = new ArrayList<>(found);
    List<Declaration> carried =
        partialBuild.carriedOver(elements, declarations, names, problems);
    all.addAll(carried);
    List<StorageDeclaration> allStorage = new ArrayList<>(foundStorage);
    List<StorageDeclaration> carriedStorage =
        partialBuild.carriedOverStorage(elements, storage, names, problems);
    allStorage.addAll(carriedStorage);
    List<Declaration> libraryCookies = new ArrayList<>();
    List<StorageDeclaration> libraryStorage = new ArrayList<>();
    for (PolicyDeclaration policy : policyDeclarations) {
      policy.includes().forEach(include -> {
        libraryCookies.addAll(policies.libraryCookies(include, policy.location(), problems));
        libraryStorage.addAll(policies.libraryStorage(include, policy.location(), problems));
      });
    }
    Checker checker = new Checker(options.maxConsentLifetime(),
        registryName(cookieElements, storageElements, all, allStorage, policyDeclarations),
        element -> elements.getPackageOf(element).getQualifiedName().toString(),
        options.knownCookies(), knownCookies::cookies);
    Checker.Result checked = checker.check(all, carried, allStorage, policyDeclarations,
        libraryCookies, libraryStorage);
    problems.addAll(knownCookies.takeProblems()); // the user's file, when the check loaded it
    problems.addAll(checked.problems());
    Set<Element> origins = new LinkedHashSet<>(cookieElements);
    origins.addAll(storageElements);
    origins.addAll(policyElements);
    carried.forEach(declaration -> origins.add(declaration.location().element()));
    carriedStorage.forEach(declaration -> origins.add(declaration.location().element()));
    policyDeclarations.forEach(policy -> origins.add(policy.location().element()));
    List<Problem> namesTaken = RegistryNames.taken(checked.ledger().policy(),
        RegistryWriter.tableClass(checked.ledger().policy().registrySimpleName()),
        policyDeclarations.size() == 1 ? policyDeclarations.get(0).location() : null, elements,
        origins.isEmpty() ? null : origins.iterator().next()); // in the module compiled now
    problems.addAll(namesTaken);
    return new Assembly(new Checker.Result(checked.ledger(), problems), new ArrayList<>(origins),
        namesTaken.isEmpty());
  }

  /**
   * The registry's name when no {@code @CookiePolicy} names it: the option; else, when every
   * cookie is gone or none could be read (javac said why), where code that uses the registry
   * looks for it, so it stays there, empty; else null (the checker derives it).
   */
  private String registryName(List<Element> cookieElements, List<Element> storageElements,
      List<Declaration> all, List<StorageDeclaration> allStorage,
      List<PolicyDeclaration> policyDeclarations) {
    if (options.registry() != null || !all.isEmpty() || !allStorage.isEmpty()
        || !policyDeclarations.isEmpty()) {
      return options.registry();
    }
    if (partialBuild.hasPrevious()) {
      return partialBuild.previousRegistry();
    }
    List<Element> declaring = new ArrayList<>(cookieElements);
    declaring.addAll(storageElements);
    String pkg = ElementNames.commonPackage(declaring, elements);
    return pkg.isEmpty() ? null : pkg + ".CookieRegistry";
  }
}
