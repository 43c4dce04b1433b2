package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.Policy;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.read.PolicyDeclaration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;

/**
 * Rule 10: at most one {@code @CookiePolicy}, a registry name that is a Java identifier, includes
 * that are cookieledger registries; without a policy or {@code cookieledger.registry}, declarations
 * must share a named package. Decides the registry's name either way, so it is always generated.
 */
final class PolicyCheck {
  static final String DEFAULT_REGISTRY = "CookieRegistry";

  private PolicyCheck() {}

  static Policy resolve(
      List<PolicyDeclaration> declared,
      String registryOption,
      CookieDuration maxConsentLifetime,
      List<Location> declarations,
      Function<Element, String> packageOf,
      List<Problem> problems) {
    if (declared.isEmpty()) {
      if (registryOption != null) {
        return Policy.withoutDeclaration(registryOption);
      }
      return inCommonPackage(declarations, packageOf, problems);
    }
    List<PolicyDeclaration> policies = sorted(declared);
    if (policies.size() > 1) {
      for (PolicyDeclaration policy : policies) {
        PolicyDeclaration other = policies.get(policy == policies.get(0) ? 1 : 0);
        problems.add(Message.POLICY_TWICE.at(policy.location(), null, policy.declaredBy(),
            other.declaredBy()));
      }
    }
    PolicyDeclaration policy = policies.get(0);
    String registry = policy.registry();
    if (!SourceVersion.isIdentifier(registry) || SourceVersion.isKeyword(registry)) {
      problems.add(Message.POLICY_REGISTRY.at(policy.location(), "registry", registry,
          DEFAULT_REGISTRY));
      registry = DEFAULT_REGISTRY;
    }
    String packageName = policy.packageName();
    String registryName = packageName.isEmpty() ? registry : packageName + "." + registry;
    List<String> includes = new ArrayList<>();
    for (PolicyDeclaration.Include include : policy.includes()) {
      if (include.qualifiedName().equals(registryName)) {
        // the previous build's registry carries @GeneratedRegistry too: it is no library
        problems.add(Message.INCLUDE_ITSELF.at(policy.location(), "includes", registryName));
      } else if (include.registry() == null) {
        problems.add(Message.INCLUDE_NOT_REGISTRY.at(policy.location(), "includes",
            include.qualifiedName()));
      } else {
        includes.add(include.qualifiedName());
      }
    }
    includes.sort(Comparator.naturalOrder());
    return new Policy(policy.site(), registryName, List.copyOf(includes),
        policy.consentCookie() == null ? "" : policy.consentCookie(),
        consentLifetime(policy, maxConsentLifetime, problems));
  }

  /** The policies in a fixed order; the first is the one that counts. */
  static List<PolicyDeclaration> sorted(List<PolicyDeclaration> declared) {
    List<PolicyDeclaration> policies = new ArrayList<>(declared);
    policies.sort(Comparator.comparing(PolicyDeclaration::declaredBy));
    return policies;
  }

  /** A positive amount no longer than the longest consent lifetime; else the default. */
  private static CookieDuration consentLifetime(
      PolicyDeclaration policy, CookieDuration max, List<Problem> problems) {
    if (policy.consentLifetime() == null) {
      return Policy.DEFAULT_CONSENT_LIFETIME;
    }
    CookieDuration lifetime;
    try {
      lifetime = CookieDuration.parse(policy.consentLifetime());
    } catch (IllegalArgumentException invalid) {
      problems.add(Message.CONSENT_LIFETIME_INVALID.at(policy.location(), "consentLifetime",
          invalid.getMessage()));
      return Policy.DEFAULT_CONSENT_LIFETIME;
    }
    if (lifetime.isSession()) {
      problems.add(Message.CONSENT_LIFETIME_SESSION.at(policy.location(), "consentLifetime"));
      return Policy.DEFAULT_CONSENT_LIFETIME;
    }
    Duration days = lifetime.maxAge().orElseThrow();
    Duration longest = max.maxAge().orElse(Duration.ZERO);
    if (days.compareTo(longest) > 0) {
      problems.add(Message.CONSENT_LIFETIME_TOO_LONG.at(policy.location(), "consentLifetime",
          lifetime, days.toDays(), max, longest.toDays()));
      return max;
    }
    return lifetime;
  }

  private static Policy inCommonPackage(
      List<Location> declarations, Function<Element, String> packageOf, List<Problem> problems) {
    String common = null;
    for (Location d : declarations) {
      common = common == null ? packageOf.apply(d.element())
          : commonPrefix(common, packageOf.apply(d.element()));
    }
    if (common == null || common.isEmpty()) {
      Set<Element> reported = new HashSet<>();
      for (Location d : declarations) {
        if (reported.add(d.element())) {
          problems.add(Message.POLICY_NO_COMMON_PACKAGE.at(d, null));
        }
      }
      return Policy.withoutDeclaration(DEFAULT_REGISTRY);
    }
    return Policy.withoutDeclaration(common + "." + DEFAULT_REGISTRY);
  }

  private static String commonPrefix(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    StringBuilder common = new StringBuilder();
    for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
      common.append(i == 0 ? "" : ".").append(left[i]);
    }
    return common.toString();
  }
}
