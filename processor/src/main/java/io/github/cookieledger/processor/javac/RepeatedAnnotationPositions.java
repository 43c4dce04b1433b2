package io.github.cookieledger.processor.javac;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.Problem;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Points a problem at its value when the {@code @Cookie} stands next to others on one element.
 *
 * <p>javac keeps repeated annotations in a container it synthesizes ({@code @Cookies}); its
 * Messager cannot map a mirror nested in that container back to the source (it looks for a
 * {@code @Cookies} tree and finds only {@code @Cookie} trees), so it points at the element: every
 * problem of a method with two cookies would land on the method's name. Through javac's Trees API
 * the n-th nested mirror is the n-th {@code @Cookie} written. Where {@link JavacAccess} has no
 * trees (ECJ, wrapped processing environments) nothing is reported here and the Messager's
 * position is used.
 */
public final class RepeatedAnnotationPositions {
  private final Trees trees;
  private final Elements elements;

  private RepeatedAnnotationPositions(Trees trees, Elements elements) {
    this.trees = trees;
    this.elements = elements;
  }

  /**
   * @param javac what javac offers
   * @param elements the processor's element utilities
   */
  public static RepeatedAnnotationPositions of(JavacAccess javac, Elements elements) {
    return new RepeatedAnnotationPositions(
        javac instanceof JavacAccess.Available available ? available.trees() : null, elements);
  }

  /** @return true when the problem was reported at its source position here */
  public boolean report(Problem problem) {
    Location location = problem.location();
    if (trees == null || location == null) {
      return false;
    }
    int index = indexInSynthesizedContainer(location.element(), location.annotation());
    if (index < 0) {
      return false;
    }
    TreePath path = trees.getPath(location.element());
    if (path == null) {
      return false;
    }
    List<AnnotationTree> written = new ArrayList<>();
    for (AnnotationTree annotation : annotations(path.getLeaf())) {
      Element type = trees.getElement(
          new TreePath(new TreePath(path, annotation), annotation.getAnnotationType()));
      if (type != null && type.equals(location.annotation().getAnnotationType().asElement())) {
        written.add(annotation);
      }
    }
    if (index >= written.size()) {
      return false;
    }
    AnnotationTree annotation = written.get(index);
    Tree target = annotation;
    if (problem.attribute() != null && location.value(problem.attribute()) != null) {
      for (ExpressionTree argument : annotation.getArguments()) {
        if (argument instanceof AssignmentTree
            && ((AssignmentTree) argument).getVariable() instanceof IdentifierTree
            && ((IdentifierTree) ((AssignmentTree) argument).getVariable()).getName()
                .contentEquals(problem.attribute())) {
          target = ((AssignmentTree) argument).getExpression();
        }
      }
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    trees.printMessage(problem.kind(), problem.message(), target, unit);
    return true;
  }

  /** The position of {@code mirror} in a container javac synthesized on the element, or -1. */
  private int indexInSynthesizedContainer(Element element, AnnotationMirror mirror) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      if (elements.getOrigin(element, container) != Elements.Origin.MANDATED) {
        continue;
      }
      for (AnnotationValue value : container.getElementValues().values()) {
        if (value.getValue() instanceof List) {
          List<?> nested = (List<?>) value.getValue();
          for (int i = 0; i < nested.size(); i++) {
            if (nested.get(i) instanceof AnnotationValue
                && ((AnnotationValue) nested.get(i)).getValue() == mirror) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private static List<? extends AnnotationTree> annotations(Tree tree) {
    if (tree instanceof ClassTree) {
      return ((ClassTree) tree).getModifiers().getAnnotations();
    }
    if (tree instanceof MethodTree) {
      return ((MethodTree) tree).getModifiers().getAnnotations();
    }
    if (tree instanceof VariableTree) {
      return ((VariableTree) tree).getModifiers().getAnnotations();
    }
    if (tree instanceof PackageTree) {
      return ((PackageTree) tree).getAnnotations();
    }
    if (tree instanceof CompilationUnitTree && ((CompilationUnitTree) tree).getPackage() != null) {
      return ((CompilationUnitTree) tree).getPackage().getAnnotations();
    }
    return List.of();
  }
}
