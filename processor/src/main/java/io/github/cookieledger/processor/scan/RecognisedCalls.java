package io.github.cookieledger.processor.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * {@link CookieCalls} prepared for the scan: the simple names a call site must show before its
 * symbol is looked at (compared as the compiler's own {@link Name}s, so the common case costs a
 * hash lookup), and the resolved constructor or method a call must turn out to be.
 */
final class RecognisedCalls {
  /** Calls by the simple name their call sites show: the method's, or the constructed type's. */
  private final Map<Name, List<Prepared>> constructors = new HashMap<>();
  private final Map<Name, List<Prepared>> methods = new HashMap<>();

  /** A table entry with the simple name of its declaring type, to reject most calls cheaply. */
  private record Prepared(CookieCalls.Call call, Name ownerSimpleName) {}

  private final Elements elements;
  private final Types types;
  private final Name string;
  private final Name superName;
  private final Name thisName;
  /** The qualified names of the types whose methods are recognised. */
  private final Set<String> recognisedTypes = new HashSet<>();
  /** For each type a call was made on, the recognised types above it. */
  private final Map<TypeElement, List<TypeElement>> recognisedAbove = new HashMap<>();
  /**
   * The answer for each method asked about: the calls of a recognised name mostly resolve to a
   * few methods ({@code List#add}), so each is matched once, not at every call.
   */
  private final Map<ExecutableElement, Optional<CookieCalls.Call>> matched = new HashMap<>();

  RecognisedCalls(Elements elements, Types types, List<CookieCalls.Call> calls) {
    this.elements = elements;
    this.types = types;
    this.string = elements.getName("java.lang.String");
    this.superName = elements.getName("super");
    this.thisName = elements.getName("this");
    for (CookieCalls.Call call : calls) {
      Name owner = elements.getName(call.type().substring(call.type().lastIndexOf('.') + 1));
      Map<Name, List<Prepared>> byName = call.isConstructor() ? constructors : methods;
      byName.computeIfAbsent(elements.getName(call.simpleName()), name -> new ArrayList<>())
          .add(new Prepared(call, owner));
      if (!call.isConstructor()) {
        recognisedTypes.add(call.type());
      }
    }
  }

  /** Whether {@code new X(...)} with this simple type name may create a cookie. */
  boolean mayConstruct(Name simpleTypeName) {
    return simpleTypeName != null && constructors.containsKey(simpleTypeName);
  }

  /** Whether a call of a method with this simple name may set a cookie. */
  boolean mayInvoke(Name methodName) {
    return methodName != null && methods.containsKey(methodName);
  }

  /**
   * The recognised API a resolved constructor or method is.
   *
   * @param method what javac resolved the call to
   * @return the table entry, when the declaring type and member match and the named argument is a
   *     {@code String}
   */
  Optional<CookieCalls.Call> match(ExecutableElement method) {
    return matched.computeIfAbsent(method, this::matchOnce);
  }

  private Optional<CookieCalls.Call> matchOnce(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    if (!(owner instanceof TypeElement type)) {
      return Optional.empty();
    }
    List<Prepared> candidates = method.getKind() == ElementKind.CONSTRUCTOR
        ? constructors.get(type.getSimpleName()) : methods.get(method.getSimpleName());
    if (candidates == null) {
      return Optional.empty();
    }
    for (Prepared candidate : candidates) {
      // the simple names first: java.util.List#add is turned away without building a string
      if (candidate.ownerSimpleName().equals(type.getSimpleName())
          && type.getQualifiedName().contentEquals(candidate.call().type())) {
        return withStringNameArgument(candidate.call(), method);
      }
    }
    if (method.getKind() == ElementKind.METHOD
        && !method.getModifiers().contains(Modifier.STATIC)) {
      return overridden(method, type, candidates);
    }
    return Optional.empty();
  }

  /**
   * A method that overrides a recognised one: {@code addHeader} of an application's
   * {@code HttpServletResponseWrapper} subclass, {@code add} of an {@code HttpHeaders} subclass.
   */
  private Optional<CookieCalls.Call> overridden(ExecutableElement method, TypeElement type,
      List<Prepared> candidates) {
    List<TypeElement> recognisedAbove = recognisedSupertypes(type);
    if (recognisedAbove.isEmpty()) {
      return Optional.empty(); // List#add, Map#put...: the common case, one map lookup
    }
    for (Prepared candidate : candidates) {
      for (TypeElement recognised : recognisedAbove) {
        if (!recognised.getQualifiedName().contentEquals(candidate.call().type())) {
          continue;
        }
        for (Element member : recognised.getEnclosedElements()) {
          if (member instanceof ExecutableElement original
              && original.getSimpleName().equals(method.getSimpleName())
              && elements.overrides(method, original, type)) {
            return withStringNameArgument(candidate.call(), original);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The recognised types a type extends or implements, found by walking its supertypes once per
   * type. Looking the recognised types up by name instead ({@code Elements.getTypeElement}) makes
   * javac search every module for each one that is not on the class path, which cost more than
   * the rest of the scan on real code.
   */
  private List<TypeElement> recognisedSupertypes(TypeElement type) {
    List<TypeElement> known = recognisedAbove.get(type);
    if (known == null) {
      known = new ArrayList<>();
      collectRecognised(type.asType(), known, new HashSet<>());
      recognisedAbove.put(type, known);
    }
    return known;
  }

  private void collectRecognised(TypeMirror type, List<TypeElement> found, Set<Element> seen) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement element = (TypeElement) ((DeclaredType) supertype).asElement();
      if (!seen.add(element)) {
        continue;
      }
      if (recognisedTypes.contains(element.getQualifiedName().toString())) {
        found.add(element);
      }
      collectRecognised(supertype, found, seen);
    }
  }

  private Optional<CookieCalls.Call> withStringNameArgument(CookieCalls.Call call,
      ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    int last = call.shape() == CookieCalls.Shape.SET_COOKIE_HEADER
        ? call.nameArgument() + 1 : call.nameArgument();
    if (parameters.size() <= last || parameters.size() < call.minimumParameters()) {
      return Optional.empty();
    }
    if (call.shape() == CookieCalls.Shape.SET_COOKIE_HEADER) {
      // the header's name: a String, or the key of a generic headers map (JAX-RS MultivaluedMap)
      TypeKind kind = parameters.get(call.nameArgument()).asType().getKind();
      return isString(parameters.get(call.nameArgument()).asType()) || kind == TypeKind.TYPEVAR
          ? Optional.of(call) : Optional.empty();
    }
    for (int i = call.nameArgument(); i <= last; i++) {
      TypeMirror type = parameters.get(i).asType();
      boolean names = method.isVarArgs() && i == parameters.size() - 1
          && call.shape() == CookieCalls.Shape.NAME && type.getKind() == TypeKind.ARRAY
          && isString(((ArrayType) type).getComponentType());
      if (!isString(type) && !names) {
        return Optional.empty();
      }
    }
    return Optional.of(call);
  }

  /** Whether a value of this type may hold cookie names: a {@code String} or an array of them. */
  boolean holdsNames(TypeMirror type) {
    TypeMirror component = type.getKind() == TypeKind.ARRAY
        ? ((ArrayType) type).getComponentType() : type;
    return isString(component);
  }

  /** Whether an element is a field that may hold names. */
  boolean isNameField(Element element) {
    return element != null && element.getKind() == ElementKind.FIELD
        && holdsNames(element.asType());
  }

  /** {@code super(name, value)} or {@code this(name, value)}: in a Cookie subclass, a cookie. */
  boolean isSuperOrThis(Name methodName) {
    return superName.equals(methodName) || thisName.equals(methodName);
  }

  /** javac interns names, so comparing them is cheap; {@code contentEquals} builds a string. */
  private boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().equals(string);
  }
}
