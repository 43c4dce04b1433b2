package io.github.cookieledger.processor.scan;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What a name expression can be, read from the attributed tree of one class: constants, the
 * fields and parameters it comes from (resolved when the whole compilation has been seen), copies
 * of an existing cookie's name, or unknown. Local variables are followed inside their method:
 * every value the method gives them. Arrays and {@code List.of(...)} stand for their elements, so
 * {@code for (String n : NAMES)} and a varargs parameter work alike.
 */
final class NameSources {
  /** How deep locals are followed into each other: enough for real code, never a long walk. */
  private static final int MAX_DEPTH = 4;

  private final Trees trees;
  private final ConstantValues constants;

  NameSources(Trees trees, ConstantValues constants) {
    this.trees = trees;
    this.constants = constants;
  }

  /**
   * The terms of an expression.
   *
   * @param parent the path of the expression's parent
   * @param tree the expression
   * @return its terms, in source order, never empty
   */
  Set<NameTerm> of(TreePath parent, ExpressionTree tree) {
    Set<NameTerm> terms = new LinkedHashSet<>();
    add(parent, tree, terms, 0);
    if (terms.isEmpty()) {
      terms.add(NameTerm.UNKNOWN);
    }
    return terms;
  }

  /**
   * The terms of an argument passed to a method of this compilation, without the walks that cost
   * (a local variable's assignments, a call's result): every call with such an argument is
   * remembered, and nearly all of them never lead to a cookie.
   *
   * @param parent the path of the call
   * @param tree the argument
   * @return its terms, never empty
   */
  Set<NameTerm> passed(TreePath parent, ExpressionTree tree) {
    Set<NameTerm> terms = new LinkedHashSet<>();
    add(parent, tree, terms, MAX_DEPTH);
    if (terms.isEmpty()) {
      terms.add(NameTerm.UNKNOWN);
    }
    return terms;
  }

  /** Whether an argument is worth remembering for the callers of a method: it may be a name. */
  static boolean mayBeName(ExpressionTree tree) {
    switch (tree.getKind()) {
      case STRING_LITERAL:
      case IDENTIFIER:
      case MEMBER_SELECT:
      case PLUS:
      case CONDITIONAL_EXPRESSION:
      case PARENTHESIZED:
      case NEW_ARRAY:
      case METHOD_INVOCATION:
        return true;
      default:
        return false;
    }
  }

  private void add(TreePath parent, ExpressionTree tree, Set<NameTerm> terms, int depth) {
    Object constant = constants.of(parent, tree);
    if (constant instanceof String text) {
      terms.add(new NameTerm.Constant(text));
      return;
    }
    if (constant != null || depth > MAX_DEPTH + 1) {
      terms.add(NameTerm.UNKNOWN);
      return;
    }
    TreePath here = new TreePath(parent, tree);
    switch (tree.getKind()) {
      case PARENTHESIZED:
        add(here, ((ParenthesizedTree) tree).getExpression(), terms, depth);
        return;
      case TYPE_CAST:
        add(here, ((TypeCastTree) tree).getExpression(), terms, depth);
        return;
      case CONDITIONAL_EXPRESSION:
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) tree;
        add(here, conditional.getTrueExpression(), terms, depth);
        add(here, conditional.getFalseExpression(), terms, depth);
        return;
      case NEW_ARRAY:
        NewArrayTree array = (NewArrayTree) tree;
        if (array.getInitializers() == null) {
          terms.add(NameTerm.UNKNOWN);
          return;
        }
        for (ExpressionTree element : array.getInitializers()) {
          add(here, element, terms, depth);
        }
        return;
      case NULL_LITERAL:
        return; // no name: a field's or parameter's null sets no cookie
      case IDENTIFIER:
      case MEMBER_SELECT:
        variable(here, terms, depth);
        return;
      case METHOD_INVOCATION:
        if (depth >= MAX_DEPTH) {
          terms.add(NameTerm.UNKNOWN);
          return;
        }
        invocation(here, (MethodInvocationTree) tree, terms, depth);
        return;
      default:
        terms.add(NameTerm.UNKNOWN);
    }
  }

  private void variable(TreePath here, Set<NameTerm> terms, int depth) {
    Element element = trees.getElement(here);
    if (!(element instanceof VariableElement variable)) {
      terms.add(NameTerm.UNKNOWN);
      return;
    }
    switch (variable.getKind()) {
      case FIELD:
        terms.add(new NameTerm.FieldValue(variable));
        return;
      case PARAMETER:
        parameter(here, variable, terms, depth);
        return;
      case LOCAL_VARIABLE:
        if (depth >= MAX_DEPTH) {
          terms.add(NameTerm.UNKNOWN);
          return;
        }
        local(here, variable, terms, depth);
        return;
      default:
        terms.add(NameTerm.UNKNOWN);
    }
  }

  private void parameter(TreePath here, VariableElement parameter, Set<NameTerm> terms,
      int depth) {
    for (TreePath path = here; path != null; path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if (leaf instanceof LambdaExpressionTree lambda) {
        for (VariableTree declared : lambda.getParameters()) {
          if (trees.getElement(new TreePath(path, declared)) == parameter) {
            lambdaParameter(path, terms, depth);
            return;
          }
        }
      } else if (leaf instanceof MethodTree) {
        Element method = trees.getElement(path);
        int index = method instanceof ExecutableElement executable
            ? executable.getParameters().indexOf(parameter) : -1;
        terms.add(index < 0 ? NameTerm.UNKNOWN
            : new NameTerm.ParameterValue((ExecutableElement) method, index));
        return;
      } else if (leaf instanceof ClassTree) {
        break;
      }
    }
    terms.add(NameTerm.UNKNOWN);
  }

  /** A lambda's parameter in {@code names.forEach(n -> ...)}: the elements of {@code names}. */
  private void lambdaParameter(TreePath lambda, Set<NameTerm> terms, int depth) {
    TreePath call = lambda.getParentPath();
    if (call != null && call.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getArguments().size() == 1
        && invocation.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("forEach")) {
      add(new TreePath(call, select), streamSource(select.getExpression()), terms, depth + 1);
      return;
    }
    terms.add(NameTerm.UNKNOWN);
  }

  /** {@code names.stream()} and {@code Arrays.stream(names)} stand for {@code names}. */
  private static ExpressionTree streamSource(ExpressionTree receiver) {
    if (receiver instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("stream")) {
      if (call.getArguments().isEmpty()) {
        return select.getExpression();
      }
      if (call.getArguments().size() == 1) {
        return call.getArguments().get(0);
      }
    }
    return receiver;
  }

  /**
   * {@code List.of("a", "b")}, {@code Set.of}, {@code Arrays.asList}: their elements; the name of
   * a cookie object ({@code c.getName()}): a copy.
   */
  private void invocation(TreePath here, MethodInvocationTree call, Set<NameTerm> terms,
      int depth) {
    if (!(trees.getElement(here) instanceof ExecutableElement method)
        || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      terms.add(NameTerm.UNKNOWN);
      return;
    }
    String name = method.getSimpleName().toString();
    if (name.equals("getName") && call.getArguments().isEmpty()
        && owner.getSimpleName().toString().endsWith("Cookie")) {
      terms.add(NameTerm.COPY);
      return;
    }
    String type = owner.getQualifiedName().toString();
    boolean collection = (name.equals("of") && (type.equals("java.util.List")
        || type.equals("java.util.Set") || type.equals("java.util.stream.Stream")))
        || (name.equals("asList") && type.equals("java.util.Arrays"));
    if (!collection) {
      terms.add(NameTerm.UNKNOWN);
      return;
    }
    for (ExpressionTree argument : call.getArguments()) {
      add(here, argument, terms, depth);
    }
  }

  /**
   * A local variable: the values its method gives it (initialiser, assignments, the elements of
   * the collection an enhanced {@code for} takes it from).
   */
  private void local(TreePath use, VariableElement local, Set<NameTerm> terms, int depth) {
    TreePath body = enclosingBody(use);
    if (body == null) {
      terms.add(NameTerm.UNKNOWN);
      return;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        if (trees.getElement(getCurrentPath()) == local) {
          TreePath parent = getCurrentPath().getParentPath();
          if (node.getInitializer() != null) {
            add(getCurrentPath(), node.getInitializer(), terms, depth + 1);
          } else if (parent.getLeaf() instanceof EnhancedForLoopTree loop
              && loop.getVariable() == node) {
            add(parent, loop.getExpression(), terms, depth + 1);
          }
        }
        return super.visitVariable(node, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        if (trees.getElement(new TreePath(getCurrentPath(), node.getVariable())) == local) {
          add(getCurrentPath(), node.getExpression(), terms, depth + 1);
        }
        return super.visitAssignment(node, unused);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        if (trees.getElement(new TreePath(getCurrentPath(), node.getVariable())) == local) {
          terms.add(NameTerm.UNKNOWN);
        }
        return super.visitCompoundAssignment(node, unused);
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null; // a local class cannot assign the local: it is effectively final there
      }
    }.scan(body, null);
  }

  /** The method, lambda or initialiser block whose code holds a path. */
  static TreePath enclosingBody(TreePath path) {
    for (TreePath current = path; current != null; current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof MethodTree method) {
        return method.getBody() == null ? null : new TreePath(current, method.getBody());
      }
      if (leaf instanceof BlockTree && current.getParentPath() != null
          && current.getParentPath().getLeaf() instanceof ClassTree) {
        return current;
      }
      if (leaf instanceof ClassTree) {
        return null;
      }
    }
    return null;
  }
}
