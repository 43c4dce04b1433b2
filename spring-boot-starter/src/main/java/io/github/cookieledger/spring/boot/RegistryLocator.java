package io.github.cookieledger.spring.boot;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names the application's registry: {@code cookieledger.registry} when set, else the registry of
 * the {@code cookies.json} on the class path that no other one includes. Libraries built with
 * cookieledger carry their own {@code cookies.json}; the application's registry includes theirs,
 * so it is the one left over.
 */
final class RegistryLocator {
  static final String PROPERTY = "cookieledger.registry";

  private RegistryLocator() {}

  /**
   * @param configured the value of {@code cookieledger.registry}, or null
   * @param loader the application's class loader
   * @return the registry's qualified name and where it came from
   * @throws CookieLedgerStartupException when no single registry is found
   */
  static LocatedRegistry locate(String configured, ClassLoader loader) {
    if (configured != null && !configured.isBlank()) {
      return new LocatedRegistry(configured.strip(), PROPERTY + "=" + configured.strip());
    }
    List<PolicyFile> files = policyFiles(loader);
    if (files.isEmpty()) {
      throw new CookieLedgerStartupException(
          PROPERTY,
          "not set, and there is no " + PolicyFile.PATH + " on the class path",
          "build the application with cookieledger's processor on its annotation processor path"
              + " and a @CookiePolicy (see the README's Quick start), or set " + PROPERTY
              + " to the qualified name of your generated registry");
    }
    Map<String, PolicyFile> byRegistry = new TreeMap<>();
    Set<String> included = new TreeSet<>();
    for (PolicyFile file : files) {
      // The same jar twice on the class path gives the same registry twice: one is enough.
      byRegistry.putIfAbsent(file.registry(), file);
      included.addAll(file.includes());
    }
    List<PolicyFile> roots = new ArrayList<>();
    byRegistry.forEach((name, file) -> {
      if (!included.contains(name)) {
        roots.add(file);
      }
    });
    if (roots.size() != 1) {
      List<PolicyFile> candidates = roots.isEmpty() ? List.copyOf(byRegistry.values()) : roots;
      throw new CookieLedgerStartupException(
          PROPERTY,
          "not set, and the class path holds " + candidates.size() + " cookie policies that no"
              + " other includes: " + describe(candidates),
          "set " + PROPERTY + " to this application's registry, or list the libraries'"
              + " registries in its @CookiePolicy(includes = ...)");
    }
    PolicyFile root = roots.get(0);
    return new LocatedRegistry(root.registry(), root.location());
  }

  private static List<PolicyFile> policyFiles(ClassLoader loader) {
    List<URL> urls;
    try {
      urls = Collections.list(loader.getResources(PolicyFile.PATH));
    } catch (IOException e) {
      throw new CookieLedgerStartupException(
          PROPERTY,
          "not set, and the class path cannot be searched for " + PolicyFile.PATH
              + " (" + e.getMessage() + ")",
          "set " + PROPERTY + " to the qualified name of your generated registry",
          e);
    }
    return urls.stream().map(PolicyFile::read).toList();
  }

  private static String describe(List<PolicyFile> files) {
    StringBuilder text = new StringBuilder();
    for (PolicyFile file : files) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(file.registry()).append(" (").append(file.location()).append(')');
    }
    return text.toString();
  }

  /**
   * @param className the registry's qualified class name
   * @param origin where the name came from: the property, or the {@code cookies.json} file
   */
  record LocatedRegistry(String className, String origin) {}
}
