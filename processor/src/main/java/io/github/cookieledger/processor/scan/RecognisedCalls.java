package io.github.cookieledger.processor.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  /** The recognised types this compilation can see, looked up once. */
  private final Map<String, Optional<TypeElement>> typeElements = new HashMap<>();

  RecognisedCalls(Elements elements, Types types, List<CookieCalls.Call> calls) {
    this.elements = elements;
    this.types = types;
    for (CookieCalls.Call call : calls) {
      Name owner = elements.getName(call.type().substring(call.type().lastIndexOf('.') + 1));
      (call.isConstructor() ? constructors : methods)
          .computeIfAbsent(elements.getName(call.simpleName()), name -> new ArrayList<>())
          .add(new Prepared(call, owner));
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
    for (Prepared candidate : candidates) {
      TypeElement recognised = typeElements.computeIfAbsent(candidate.call().type(),
          name -> Optional.ofNullable(elements.getTypeElement(name))).orElse(null);
      if (recognised == null || recognised.equals(type)
          || !types.isSubtype(types.erasure(type.asType()), types.erasure(recognised.asType()))) {
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
    return Optional.empty();
  }

  private static Optional<CookieCalls.Call> withStringNameArgument(CookieCalls.Call call,
      ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    int last = call.shape() == CookieCalls.Shape.SET_COOKIE_HEADER
        ? call.nameArgument() + 1 : call.nameArgument();
    if (parameters.size() <= last || parameters.size() < call.minimumParameters()) {
      return Optional.empty();
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

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals("java.lang.String");
  }
}
