package io.github.cookieledger.processor.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * What the whole compilation says about the fields and parameters cookie names come from, and the
 * names that need it. javac attributes one class at a time, so a name read from a field or a
 * parameter is resolved when every class has been seen: a field is every value the compilation
 * gives it, a parameter every argument the compilation's callers pass, followed through at most
 * {@link #MAX_CALLS} calls. Each step has a budget, so the cost stays bounded.
 */
final class CompilationFlow {
  /** How many helper calls a name is followed through: {@code a(NAME)} → {@code b} → {@code c}. */
  static final int MAX_CALLS = 3;
  /** The steps one name may take before the rest is given up as unresolved. */
  private static final int BUDGET = 256;

  private final Map<VariableElement, List<Set<NameTerm>>> fieldValues = new HashMap<>();
  private final Set<VariableElement> fieldsSetElsewhere = new HashSet<>();
  private final Map<NameTerm.ParameterValue, List<Passed>> passed = new HashMap<>();

  /**
   * An argument a caller passes for a parameter.
   *
   * @param terms what the argument can be
   * @param at the argument
   * @param method the called method
   */
  record Passed(Set<NameTerm> terms, Site at, ExecutableElement method) {}

  /**
   * A name found.
   *
   * @param name the constant
   * @param at where to report it: the name argument, or the argument of the outermost call that
   *     passed it to a helper
   * @param helper the method called at {@code at} that passes the name on, or null
   */
  record Found(String name, Site at, ExecutableElement helper) {}

  /** The outcome for one name. */
  record Resolution(List<Found> found, List<Site> unresolved) {}

  /** A field of this compilation, with its initialiser's terms (none when it has none). */
  void declareField(VariableElement field, Set<NameTerm> initialiser, boolean setFromOutside) {
    List<Set<NameTerm>> values = fieldValues.computeIfAbsent(field, f -> new ArrayList<>());
    if (initialiser != null) {
      values.add(initialiser);
    }
    if (setFromOutside) {
      fieldsSetElsewhere.add(field);
    }
  }

  /** An assignment to a field, anywhere in the compilation. */
  void assign(VariableElement field, Set<NameTerm> value) {
    fieldValues.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
  }

  /** An argument passed for a parameter of a method of this compilation. */
  void pass(ExecutableElement method, int index, Set<NameTerm> terms, Site at) {
    passed.computeIfAbsent(new NameTerm.ParameterValue(method, index), p -> new ArrayList<>())
        .add(new Passed(terms, at, method));
  }

  /**
   * Every constant a name can be, and where it cannot be told.
   *
   * @param terms the name's terms at the call
   * @param at the name argument
   */
  Resolution resolve(Set<NameTerm> terms, Site at) {
    Walk walk = new Walk();
    walk.terms(terms, at, null, 0, false);
    return new Resolution(List.copyOf(walk.found), List.copyOf(walk.unresolved));
  }

  private final class Walk {
    private final List<Found> found = new ArrayList<>();
    private final List<Site> unresolved = new ArrayList<>();
    private final Set<NameTerm> onPath = new HashSet<>();
    private int steps;

    /** Returns how many names or unresolved places the terms gave. */
    int terms(Set<NameTerm> terms, Site at, ExecutableElement helper, int calls,
        boolean inField) {
      int given = 0;
      for (NameTerm term : terms) {
        given += term(term, at, helper, calls, inField);
      }
      return given;
    }

    private int term(NameTerm term, Site at, ExecutableElement helper, int calls,
        boolean inField) {
      if (++steps > BUDGET) {
        return giveUp(at);
      }
      if (term instanceof NameTerm.Constant constant) {
        found.add(new Found(constant.value(), at, helper));
        return 1;
      }
      if (term instanceof NameTerm.Copy) {
        return 1; // the name of a cookie the code already has
      }
      if (term instanceof NameTerm.FieldValue field) {
        return field(field, at, helper, calls);
      }
      if (term instanceof NameTerm.ParameterValue parameter) {
        return parameter(parameter, at, calls, inField);
      }
      return giveUp(at);
    }

    private int field(NameTerm.FieldValue field, Site at, ExecutableElement helper, int calls) {
      List<Set<NameTerm>> values = fieldValues.get(field.field());
      if (values == null || fieldsSetElsewhere.contains(field.field())) {
        return giveUp(at); // a field of a library, or one a framework injects
      }
      if (!onPath.add(field)) {
        return 1;
      }
      int given = 0;
      for (Set<NameTerm> value : values) {
        given += terms(value, at, helper, calls, true);
      }
      onPath.remove(field);
      return given == 0 ? giveUp(at) : given;
    }

    private int parameter(NameTerm.ParameterValue parameter, Site at, int calls, boolean inField) {
      List<Passed> callers = passed.get(parameter);
      if (callers == null) {
        // a setter nobody here calls adds nothing to its field; a helper nobody here calls
        // leaves its own call unresolved
        return inField ? 0 : giveUp(at);
      }
      if (calls >= MAX_CALLS || !onPath.add(parameter)) {
        return giveUp(at);
      }
      int given = 0;
      for (Passed caller : callers) {
        given += terms(caller.terms(), caller.at(), caller.method(), calls + 1, false);
      }
      onPath.remove(parameter);
      return given;
    }

    private int giveUp(Site at) {
      unresolved.add(at);
      return 1;
    }
  }
}
