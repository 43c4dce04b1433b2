package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.known.KnownCookies;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.Policy;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageDeclaration;
import io.github.cookieledger.processor.model.StorageEntry;
import io.github.cookieledger.processor.read.PolicyDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Checks a compilation's declarations against every rule of SPEC §3 and builds the ledger. All
 * problems are collected, none stops the others.
 */
public final class Checker {
  private final List<Rule> rules;
  private final CookieDuration maxConsentLifetime;
  private final String registryOption;
  private final Function<Element, String> packageOf;

  /**
   * @param maxConsentLifetime {@code cookieledger.maxConsentLifetime}
   * @param registryOption {@code cookieledger.registry}, or null
   * @param packageOf the package of an element
   */
  public Checker(CookieDuration maxConsentLifetime, String registryOption,
      Function<Element, String> packageOf) {
    this(maxConsentLifetime, registryOption, packageOf, Diagnostic.Kind.OTHER, null);
  }

  /**
   * @param knownCookies the severity of {@code [cookie-known]}; {@code OTHER} turns it off
   * @param database the known cookies, loaded on first use (unused when off)
   */
  public Checker(CookieDuration maxConsentLifetime, String registryOption,
      Function<Element, String> packageOf, Diagnostic.Kind knownCookies,
      Supplier<KnownCookies> database) {
    List<Rule> all = new ArrayList<>(List.of(new NameRule(), new PrefixRule(), new SameSiteRule(),
        new TextRule(), new DurationRule(maxConsentLifetime), new AnonymizedRule(),
        new PartitionedRule(), new DomainPathRule(), new FragileValueRule()));
    if (knownCookies != Diagnostic.Kind.OTHER) {
      all.add(new KnownCookieRule(knownCookies, database, maxConsentLifetime));
    }
    this.rules = List.copyOf(all);
    this.maxConsentLifetime = maxConsentLifetime;
    this.registryOption = registryOption;
    this.packageOf = packageOf;
  }

  /** The outcome: the ledger the registry is written from, and every problem found. */
  public record Result(Ledger ledger, List<Problem> problems) {
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  /**
   * @param declarations this compilation's {@code @Cookie}s
   * @param policies its {@code @CookiePolicy}s (one, unless that is the problem)
   * @param libraryCookies the cookies of the valid included registries
   */
  public Result check(List<Declaration> declarations, List<PolicyDeclaration> policies,
      List<Declaration> libraryCookies) {
    return check(declarations, List.of(), policies, libraryCookies, List.of());
  }

  /**
   * @param declarations this compilation's {@code @Cookie}s
   * @param storage this compilation's {@code @Storage}s
   * @param policies its {@code @CookiePolicy}s (one, unless that is the problem)
   * @param libraryCookies the cookies of the valid included registries
   * @param libraryStorage the web storage of the valid included registries
   */
  public Result check(List<Declaration> declarations, List<StorageDeclaration> storage,
      List<PolicyDeclaration> policies, List<Declaration> libraryCookies,
      List<StorageDeclaration> libraryStorage) {
    List<Problem> problems = new ArrayList<>();
    for (Declaration declaration : declarations) {
      for (Rule rule : rules) {
        rule.check(declaration, problems);
      }
    }
    storage.forEach(declaration -> StorageRules.check(declaration, problems));
    List<Location> declared = new ArrayList<>();
    declarations.forEach(d -> declared.add(d.location()));
    storage.forEach(d -> declared.add(d.location()));
    Policy policy = PolicyCheck.resolve(
        policies, registryOption, maxConsentLifetime, declared, packageOf, problems);
    // the rules saw what was written; the ledger holds what every output writes
    List<Declaration> normalised = normalised(declarations);
    List<LedgerEntry> merged =
        DuplicateCheck.merge(normalised, normalised(libraryCookies), problems);
    if (!policies.isEmpty()) {
      ConsentCookieCheck.check(policy, PolicyCheck.sorted(policies).get(0), merged, problems);
    }
    List<LedgerEntry> writable = ConstantCheck.check(merged, normalised, problems);
    List<StorageEntry> storageEntries =
        StorageMerge.merge(storage, libraryStorage, policy, problems);
    return new Result(Ledger.of(policy, writable, storageEntries), problems);
  }

  private static List<Declaration> normalised(List<Declaration> declarations) {
    return declarations.stream().map(d -> d.attributes().normalised() == d.attributes() ? d
        : new Declaration(d.attributes().normalised(), d.declaredBy(), d.location())).toList();
  }
}
