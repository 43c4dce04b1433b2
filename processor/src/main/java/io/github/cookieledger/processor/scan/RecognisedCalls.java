package io.github.cookieledger.processor.scan;

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
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * {@link CookieCalls} prepared for the scan: the simple names a call site must show before its
 * symbol is looked at (compared as the compiler's own {@link Name}s, so the common case costs a
 * hash lookup), and the resolved constructor or method a call must turn out to be.
 */
final class RecognisedCalls {
  private final Set<Name> constructedTypes = new HashSet<>();
  private final Set<Name> methods = new HashSet<>();
  private final Map<String, CookieCalls.Call> byMember = new HashMap<>();

  RecognisedCalls(Elements elements, List<CookieCalls.Call> calls) {
    for (CookieCalls.Call call : calls) {
      (call.isConstructor() ? constructedTypes : methods).add(elements.getName(call.simpleName()));
      byMember.put(call.type() + "#" + call.member(), call);
    }
  }

  /** Whether {@code new X(...)} with this simple type name may create a cookie. */
  boolean mayConstruct(Name simpleTypeName) {
    return simpleTypeName != null && constructedTypes.contains(simpleTypeName);
  }

  /** Whether a call of a method with this simple name may set a cookie. */
  boolean mayInvoke(Name methodName) {
    return methodName != null && methods.contains(methodName);
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
    String member = method.getKind() == ElementKind.CONSTRUCTOR
        ? CookieCalls.CONSTRUCTOR : method.getSimpleName().toString();
    CookieCalls.Call call = byMember.get(type.getQualifiedName() + "#" + member);
    if (call == null) {
      return Optional.empty();
    }
    List<? extends VariableElement> parameters = method.getParameters();
    int last = call.shape() == CookieCalls.Shape.SET_COOKIE_HEADER
        ? call.nameArgument() + 1 : call.nameArgument();
    if (parameters.size() <= last) {
      return Optional.empty();
    }
    for (int i = call.nameArgument(); i <= last; i++) {
      if (!isString(parameters.get(i).asType())) {
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
