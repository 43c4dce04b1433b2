package io.github.cookieledger.processor.scan;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.read.DeclarationReader;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Finds {@code @Cookie} where annotation processing never looks: on a local class, on a member of
 * an anonymous class, or anywhere inside either. {@code RoundEnvironment} reaches only elements
 * enclosed by top-level types, so such a declaration would be silently missing from the policy;
 * each is an error at the annotation that says where to move it. It walks only the outermost
 * local or anonymous classes that {@link CallSiteScanner} meets, not every class again.
 */
final class UnseenDeclarations extends TreePathScanner<Void, Void> {
  private final Trees trees;
  private final CompilationUnitTree unit;
  private String hiddenIn;

  UnseenDeclarations(Trees trees, CompilationUnitTree unit) {
    this.trees = trees;
    this.unit = unit;
  }

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    String outer = hiddenIn;
    Element element = trees.getElement(getCurrentPath());
    if (hiddenIn == null && element instanceof TypeElement type) {
      if (type.getNestingKind() == NestingKind.LOCAL) {
        hiddenIn = "the local class " + type.getSimpleName();
      } else if (type.getNestingKind() == NestingKind.ANONYMOUS) {
        hiddenIn = "an anonymous class";
      }
    }
    try {
      return super.visitClass(tree, unused);
    } finally {
      hiddenIn = outer;
    }
  }

  @Override
  public Void visitAnnotation(AnnotationTree tree, Void unused) {
    if (hiddenIn != null) {
      Element type = trees.getElement(new TreePath(getCurrentPath(), tree.getAnnotationType()));
      if (type instanceof TypeElement annotation && isCookie(annotation)) {
        trees.printMessage(Diagnostic.Kind.ERROR, Message.UNSEEN_DECLARATION.text(hiddenIn),
            tree, unit);
      }
    }
    return super.visitAnnotation(tree, unused);
  }

  private static boolean isCookie(TypeElement annotation) {
    String name = annotation.getQualifiedName().toString();
    return name.equals(DeclarationReader.COOKIE) || name.equals(DeclarationReader.COOKIES);
  }
}
