package io.github.cookieledger.processor.read;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Names a declaring element the way {@code cookies.json} lists it: {@code pkg.Type}, {@code
 * pkg.Type#field}, {@code pkg.Type#method(java.lang.String)}, {@code pkg.Type#<init>(int)} or
 * {@code pkg}. Parameter types are canonical names of their erasures, spelled out by hand so javac
 * and ECJ print the same.
 */
public final class ElementNames {
  private final Types types;

  public ElementNames(Types types) {
    this.types = types;
  }

  public String declaredBy(Element element) {
    switch (element.getKind()) {
      case PACKAGE:
        return ((PackageElement) element).getQualifiedName().toString();
      case METHOD:
      case CONSTRUCTOR:
        return owner(element) + "#" + executable((ExecutableElement) element);
      case FIELD:
      case ENUM_CONSTANT:
        return owner(element) + "#" + element.getSimpleName();
      default:
        if (element instanceof TypeElement) {
          return ((TypeElement) element).getQualifiedName().toString();
        }
        return element.getSimpleName().toString();
    }
  }

  /** The top-level type that holds an element, or null for a package. */
  public static TypeElement topLevelType(Element element) {
    Element current = element;
    TypeElement top = null;
    while (current != null && current.getKind() != ElementKind.PACKAGE) {
      if (current instanceof TypeElement) {
        top = (TypeElement) current;
      }
      current = current.getEnclosingElement();
    }
    return top;
  }

  /**
   * The top-level type that holds an element, or its package: what a build tool tracks as the
   * element's origin. Packages by qualified name (ECJ's {@code toString()} says "package x.y").
   */
  public static String originName(Element element) {
    TypeElement top = topLevelType(element);
    if (top != null) {
      return top.getQualifiedName().toString();
    }
    Element current = element;
    while (current != null && !(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return current == null ? element.toString()
        : ((PackageElement) current).getQualifiedName().toString();
  }

  /** The longest package that holds every element ("" for none, or only the unnamed one). */
  public static String commonPackage(List<? extends Element> elements, Elements utils) {
    String[] common = null;
    for (Element element : elements) {
      String[] parts = utils.getPackageOf(element).getQualifiedName().toString().split("\\.");
      int same = 0;
      while (common != null && same < Math.min(common.length, parts.length)
          && common[same].equals(parts[same])) {
        same++;
      }
      common = common == null ? parts : Arrays.copyOf(common, same);
    }
    return common == null ? "" : String.join(".", common);
  }

  private String owner(Element member) {
    Element enclosing = member.getEnclosingElement();
    return enclosing instanceof TypeElement
        ? ((TypeElement) enclosing).getQualifiedName().toString()
        : enclosing.toString();
  }

  private String executable(ExecutableElement method) {
    String name =
        method.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : method.getSimpleName().toString();
    List<String> parameters =
        method.getParameters().stream().map(p -> typeName(p.asType())).collect(Collectors.toList());
    return name + "(" + String.join(",", parameters) + ")";
  }

  private String typeName(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    switch (erased.getKind()) {
      case ARRAY:
        return typeName(((ArrayType) erased).getComponentType()) + "[]";
      case DECLARED:
        return ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString();
      case TYPEVAR:
        return typeName(((TypeVariable) erased).getUpperBound());
      default:
        if (erased.getKind().isPrimitive()) {
          return erased.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        return erased.toString();
    }
  }
}
