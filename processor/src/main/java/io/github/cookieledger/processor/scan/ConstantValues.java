package io.github.cookieledger.processor.scan;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Compile-time constant values of attributed expressions: literals, constant fields and locals
 * (their value as javac computed it), and {@code +} of constants folded here, since the Trees API
 * does not expose javac's folded value of an expression.
 */
final class ConstantValues {
  private final Trees trees;

  ConstantValues(Trees trees) {
    this.trees = trees;
  }

  /**
   * The constant value of an expression.
   *
   * @param parent the path of the expression's parent
   * @param tree the expression
   * @return its value ({@code String}, boxed primitive), or null when it is not a constant
   */
  Object of(TreePath parent, ExpressionTree tree) {
    switch (tree.getKind()) {
      case STRING_LITERAL:
      case INT_LITERAL:
      case LONG_LITERAL:
      case CHAR_LITERAL:
      case BOOLEAN_LITERAL:
      case FLOAT_LITERAL:
      case DOUBLE_LITERAL:
        return ((LiteralTree) tree).getValue();
      case IDENTIFIER:
      case MEMBER_SELECT:
        Element element = trees.getElement(new TreePath(parent, tree));
        return element instanceof VariableElement variable ? variable.getConstantValue() : null;
      case PARENTHESIZED:
        return of(new TreePath(parent, tree), ((ParenthesizedTree) tree).getExpression());
      case TYPE_CAST:
        // Only a cast to String keeps a constant's value unchanged; others convert it.
        Object cast = of(new TreePath(parent, tree), ((TypeCastTree) tree).getExpression());
        return cast instanceof String ? cast : null;
      case PLUS:
      case MINUS:
      case MULTIPLY:
      case DIVIDE:
      case REMAINDER:
        TreePath here = new TreePath(parent, tree);
        BinaryTree binary = (BinaryTree) tree;
        Object left = of(here, binary.getLeftOperand());
        if (left == null) {
          return null;
        }
        Object right = of(here, binary.getRightOperand());
        return right == null ? null : fold(tree.getKind(), left, right);
      case UNARY_MINUS:
        Object negated = of(new TreePath(parent, tree), ((UnaryTree) tree).getExpression());
        return integral(negated) ? integral(negated, -integralValue(negated)) : null;
      default:
        return null;
    }
  }

  /**
   * The constant text a string expression starts with: all of it for a constant, else the
   * constant left operands of a {@code +} chain ({@code "sid=" + id + "; Path=/"} starts with
   * {@code sid=}).
   *
   * @param parent the path of the expression's parent
   * @param tree the expression
   * @return the constant prefix, empty when there is none
   */
  String prefix(TreePath parent, ExpressionTree tree) {
    Object whole = of(parent, tree);
    if (whole != null) {
      return text(whole);
    }
    TreePath here = new TreePath(parent, tree);
    if (tree.getKind() == Tree.Kind.PARENTHESIZED) {
      return prefix(here, ((ParenthesizedTree) tree).getExpression());
    }
    if (tree.getKind() == Tree.Kind.PLUS) {
      BinaryTree plus = (BinaryTree) tree;
      Object left = of(here, plus.getLeftOperand());
      return left == null
          ? prefix(here, plus.getLeftOperand())
          : text(left) + prefix(here, plus.getRightOperand());
    }
    return "";
  }

  /**
   * The value code passes for a cookie attribute: a constant (integral numbers as {@code Long}),
   * an enum constant's name ({@code SameSite.NONE} gives {@code NONE}), or the seconds of {@code
   * java.time.Duration.ofDays(30)} and its siblings with a constant amount.
   *
   * @param parent the path of the expression's parent
   * @param tree the expression
   * @return the value, or null when the code does not show it
   */
  Object coded(TreePath parent, ExpressionTree tree) {
    Object constant = of(parent, tree);
    if (constant != null) {
      return constant instanceof Integer || constant instanceof Short || constant instanceof Byte
          ? Long.valueOf(((Number) constant).longValue()) : constant;
    }
    if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element element = trees.getElement(new TreePath(parent, tree));
      return element != null && element.getKind() == ElementKind.ENUM_CONSTANT
          ? element.getSimpleName().toString() : null;
    }
    if (tree.getKind() == Tree.Kind.METHOD_INVOCATION) {
      return durationSeconds(new TreePath(parent, tree), (MethodInvocationTree) tree);
    }
    return null;
  }

  private Long durationSeconds(TreePath path, MethodInvocationTree call) {
    if (call.getArguments().size() != 1
        || !(trees.getElement(path) instanceof ExecutableElement method)
        || !(method.getEnclosingElement() instanceof TypeElement owner)
        || !owner.getQualifiedName().contentEquals("java.time.Duration")
        || !(of(path, call.getArguments().get(0)) instanceof Number amount)
        || amount instanceof Double || amount instanceof Float) {
      return null;
    }
    long unit;
    switch (method.getSimpleName().toString()) {
      case "ofDays":
        unit = 86_400;
        break;
      case "ofHours":
        unit = 3_600;
        break;
      case "ofMinutes":
        unit = 60;
        break;
      case "ofSeconds":
        unit = 1;
        break;
      default:
        return null;
    }
    try {
      return Math.multiplyExact(amount.longValue(), unit);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * A binary operation on constants as Java folds it: string concatenation, or integral arithmetic
   * ({@code 60 * 60 * 24} for a maximum age) in {@code long} when an operand is a {@code long},
   * else in {@code int}. Computing in {@code long} and narrowing gives Java's wrapped {@code int}
   * result for each of these operators.
   */
  private static Object fold(Tree.Kind operator, Object left, Object right) {
    if (operator == Tree.Kind.PLUS && (left instanceof String || right instanceof String)) {
      return text(left) + text(right);
    }
    if (!integral(left) || !integral(right)) {
      return null; // floating point: never part of a cookie name or a maximum age worth folding
    }
    long a = integralValue(left);
    long b = integralValue(right);
    long result;
    switch (operator) {
      case PLUS:
        result = a + b;
        break;
      case MINUS:
        result = a - b;
        break;
      case MULTIPLY:
        result = a * b;
        break;
      case DIVIDE:
      case REMAINDER:
        if (b == 0) {
          return null; // javac reports the division by zero; it is no constant
        }
        result = operator == Tree.Kind.DIVIDE ? a / b : a % b;
        break;
      default:
        return null;
    }
    return left instanceof Long || right instanceof Long ? (Object) result : integral(left, result);
  }

  /** A result in the type of an {@code int}-sized operand. */
  private static Object integral(Object operand, long value) {
    return operand instanceof Long ? (Object) value : (Object) (int) value;
  }

  private static boolean integral(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof Character;
  }

  private static long integralValue(Object value) {
    return value instanceof Character c ? c : ((Number) value).longValue();
  }

  /** A constant as string concatenation shows it. */
  private static String text(Object value) {
    return String.valueOf(value);
  }
}
