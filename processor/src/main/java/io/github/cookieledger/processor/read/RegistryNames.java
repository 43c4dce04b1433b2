package io.github.cookieledger.processor.read;

import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Policy;
import io.github.cookieledger.processor.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Whether the names the registry's two generated classes need are free: a class of the user's with
 * either name would be replaced (javac refuses to), so it is a {@code [cookie-policy]} error that
 * says which class, not a failure inside generated code. Nor may the registry take the name of a
 * {@code java.lang} class, which it would hide from the whole package. A registry a previous build generated
 * (it carries {@code @GeneratedRegistry}) is no user class.
 */
public final class RegistryNames {
  private RegistryNames() {}

  /**
   * @param policy the registry's name
   * @param tableClass the simple name of the class holding the registry's table
   * @param at the {@code @CookiePolicy}, or null when the name comes from an option or a package
   * @param compiled an element of the compiled sources, whose module the registry joins; null
   *     when there is none
   * @return the problems; empty when both names are free
   */
  public static List<Problem> taken(Policy policy, String tableClass, Location at,
      Elements elements, Element compiled) {
    List<Problem> problems = new ArrayList<>();
    Function<String, TypeElement> types = typesSeenFrom(elements, compiled);
    TypeElement registry = types.apply(policy.registry());
    boolean previousRegistry = registry != null && PolicyReader.generatedRegistry(registry) != null;
    String pkg = policy.registryPackage();
    String simple = policy.registrySimpleName();
    String how = at != null && at.annotation() != null ? "registry = \"" + simple + "\""
        : "the registry " + policy.registry();
    String attribute = at == null ? null : "registry";
    if (registry != null && !previousRegistry) {
      problems.add(Message.POLICY_REGISTRY_TAKEN.at(at, attribute, how, policy.registry(),
          pkg.isEmpty() ? "(unnamed)" : pkg, simple));
    } else if (!previousRegistry
        && types.apply(pkg.isEmpty() ? tableClass : pkg + "." + tableClass) != null) {
      problems.add(Message.POLICY_TABLE_TAKEN.at(at, attribute, how,
          pkg.isEmpty() ? tableClass : pkg + "." + tableClass, simple));
    } else if (!previousRegistry && types.apply("java.lang." + simple) != null) {
      // the package's own class wins over java.lang's: String there would mean the registry
      problems.add(Message.POLICY_REGISTRY_HIDES_JAVA_LANG.at(at, attribute, how, simple,
          pkg.isEmpty() ? "(unnamed)" : pkg));
    }
    return problems;
  }

  /**
   * Looks a name up from the compiled module. Without a module javac asks every module of the
   * JDK for it, and a name that is free (the usual answer) is the one that costs most.
   */
  private static Function<String, TypeElement> typesSeenFrom(Elements elements,
      Element compiled) {
    ModuleElement module = compiled == null ? null : elements.getModuleOf(compiled);
    if (module == null) {
      return elements::getTypeElement; // before Java 9, or a compiler without modules
    }
    return name -> elements.getTypeElement(module, name);
  }
}
