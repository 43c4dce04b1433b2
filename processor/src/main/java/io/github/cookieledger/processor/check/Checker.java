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
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Checks a compilation's declarations against every rule of SPEC §3 and builds the ledger. All
 * problems are collected, none stops the others.
 */
public final class Checker {
  private final List<Rule> rulesBeforeDuration;
  private final DurationRule durationRule;
  private final List<DurationAwareRule> rulesAfterDuration;
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
    // in SPEC order, so the problems of one declaration are reported in that order
    this.rulesBeforeDuration =
        List.of(new NameRule(), new PrefixRule(), new SameSiteRule(), new TextRule());
    this.durationRule = new DurationRule(maxConsentLifetime);
    List<DurationAwareRule> after = new ArrayList<>(List.of(new AnonymizedRule(),
        plain(new PartitionedRule()), plain(new DomainPathRule()), plain(new FragileValueRule())));
    if (knownCookies != Diagnostic.Kind.OTHER) {
      after.add(new KnownCookieRule(knownCookies, database, maxConsentLifetime));
    }
    this.rulesAfterDuration = List.copyOf(after);
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
   * @param declarations this compilation's {@code @Cookie}s: those in its sources, and those a
   *     partial build carries over from the previous build
   * @param carried which of them the previous build carried over
   * @param storage this compilation's {@code @Storage}s, carried-over ones included
   * @param policies its {@code @CookiePolicy}s (one, unless that is the problem)
   * @param libraryCookies the cookies of the valid included registries
   * @param libraryStorage the web storage of the valid included registries
   */
  public Result check(List<Declaration> declarations, Collection<Declaration> carried,
      List<StorageDeclaration> storage, List<PolicyDeclaration> policies,
      List<Declaration> libraryCookies, List<StorageDeclaration> libraryStorage) {
    List<Problem> problems = new ArrayList<>();
    Map<Declaration, CookieDuration> durations = new IdentityHashMap<>();
    for (Declaration declaration : declarations) {
      rulesBeforeDuration.forEach(rule -> rule.check(declaration, problems));
      // an unreadable duration is an error; the ledger then only feeds the registry source,
      // which writes the declared text, so a session stands in for it
      Optional<CookieDuration> duration = durationRule.check(declaration, problems);
      durations.put(declaration, duration.orElse(CookieDuration.session()));
      rulesAfterDuration.forEach(rule -> rule.check(declaration, duration, problems));
    }
    for (Declaration library : libraryCookies) {
      // checked by the library's own build; a registry edited by hand gets the same stand-in
      durations.put(library, DurationRule.parse(library.attributes().duration(), unreadable -> {})
          .orElse(CookieDuration.session()));
    }
    storage.forEach(declaration -> StorageRules.check(declaration, problems));
    List<Location> declared = new ArrayList<>();
    declarations.forEach(d -> declared.add(d.location()));
    storage.forEach(d -> declared.add(d.location()));
    Policy policy = PolicyCheck.resolve(
        policies, registryOption, maxConsentLifetime, declared, packageOf, problems);
    List<LedgerEntry> merged = DuplicateCheck.merge(declarations, carried, libraryCookies,
        durations::get, problems);
    if (!policies.isEmpty()) {
      ConsentCookieCheck.check(policy, PolicyCheck.sorted(policies).get(0), merged, problems);
    }
    List<LedgerEntry> writable = ConstantCheck.check(merged, problems);
    List<StorageEntry> storageEntries =
        StorageMerge.merge(storage, libraryStorage, policy, problems);
    return new Result(Ledger.of(policy, writable, storageEntries), problems);
  }

  private static DurationAwareRule plain(Rule rule) {
    return (declaration, duration, problems) -> rule.check(declaration, problems);
  }
}
