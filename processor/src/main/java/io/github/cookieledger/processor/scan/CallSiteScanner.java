package io.github.cookieledger.processor.scan;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.read.ElementNames;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Walks one attributed top-level class and reports every call that sets a cookie by a constant
 * name no declaration covers, and attributes set next to a declared cookie's creation that
 * contradict its declaration. Only calls whose simple name is in the table get their symbol
 * resolved; everything else costs one name comparison.
 */
final class CallSiteScanner extends TreePathScanner<Void, Void> {
  private static final String COOKIE_DEFINITION = "io.github.cookieledger.CookieDefinition";

  private final Trees trees;
  private final CompilationUnitTree unit;
  private final RecognisedCalls calls;
  private final DeclaredCookies declared;
  private final Diagnostic.Kind severity;
  private final ElementNames names;
  private final ConstantValues constants;
  private final AttributeSites attributes;
  private int notConstant;

  CallSiteScanner(Trees trees, CompilationUnitTree unit, RecognisedCalls calls,
      DeclaredCookies declared, Diagnostic.Kind severity, ElementNames names) {
    this.trees = trees;
    this.unit = unit;
    this.calls = calls;
    this.declared = declared;
    this.severity = severity;
    this.names = names;
    this.constants = new ConstantValues(trees);
    this.attributes = new AttributeSites(constants, this::warn);
  }

  /** How many recognised calls named their cookie with something that is not a constant. */
  int notConstant() {
    return notConstant;
  }

  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    if (calls.mayConstruct(simpleName(node.getIdentifier()))) {
      inspect(node.getArguments());
    }
    scan(node.getEnclosingExpression(), unused);
    scan(node.getArguments(), unused);
    return scan(node.getClassBody(), unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    if (!node.getArguments().isEmpty() && calls.mayInvoke(simpleName(node.getMethodSelect()))) {
      inspect(node.getArguments());
    }
    scan(node.getMethodSelect(), unused);
    return scan(node.getArguments(), unused);
  }

  // Only code can set a cookie: the walk skips annotations, modifiers, type names, parameters
  // and imports, which make up a good part of every class.

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    return scan(node.getMembers(), unused);
  }

  @Override
  public Void visitMethod(MethodTree node, Void unused) {
    return scan(node.getBody(), unused);
  }

  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    return scan(node.getInitializer(), unused);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    return scan(node.getBody(), unused);
  }

  @Override
  public Void visitTypeCast(TypeCastTree node, Void unused) {
    return scan(node.getExpression(), unused);
  }

  @Override
  public Void visitInstanceOf(InstanceOfTree node, Void unused) {
    return scan(node.getExpression(), unused);
  }

  @Override
  public Void visitNewArray(NewArrayTree node, Void unused) {
    scan(node.getDimensions(), unused);
    return scan(node.getInitializers(), unused);
  }

  @Override
  public Void visitImport(ImportTree node, Void unused) {
    return null;
  }

  @Override
  public Void visitAnnotation(AnnotationTree node, Void unused) {
    return null;
  }

  private void inspect(List<? extends ExpressionTree> arguments) {
    TreePath call = getCurrentPath();
    if (!(trees.getElement(call) instanceof ExecutableElement method)) {
      return;
    }
    Optional<CookieCalls.Call> match = calls.match(method);
    if (match.isEmpty() || arguments.size() <= match.get().nameArgument()) {
      return;
    }
    ExpressionTree nameArgument = arguments.get(match.get().nameArgument());
    if (match.get().shape() == CookieCalls.Shape.NAME) {
      if (fromDeclaration(call, nameArgument)) {
        return;
      }
      Object name = constants.of(call, nameArgument);
      if (name instanceof String text) {
        check(call, text, nameArgument);
      } else {
        countNotConstant(call, nameArgument);
      }
      return;
    }
    Object header = constants.of(call, nameArgument);
    if (!(header instanceof String text) || !text.trim().equalsIgnoreCase("Set-Cookie")
        || arguments.size() <= match.get().nameArgument() + 1) {
      return; // some other header
    }
    ExpressionTree value = arguments.get(match.get().nameArgument() + 1);
    if (fromDeclaration(call, value)) {
      return;
    }
    String prefix = constants.prefix(call, value);
    int equals = prefix.indexOf('=');
    if (equals < 0) {
      countNotConstant(call, value);
    } else {
      check(call, prefix.substring(0, equals).trim(), value);
    }
  }

  /** Counts a name the scan cannot read, unless javac could not attribute it (already an error). */
  private void countNotConstant(TreePath call, ExpressionTree argument) {
    TypeMirror type = trees.getTypeMirror(new TreePath(call, argument));
    if (type != null && type.getKind() != TypeKind.ERROR) {
      notConstant++;
    }
  }

  private void check(TreePath call, String name, Tree reportAt) {
    if (name.isEmpty()) {
      return;
    }
    Optional<LedgerEntry> declaration = declared.covering(name);
    if (declaration.isEmpty()) {
      trees.printMessage(severity, Message.UNDECLARED.text(Message.javaString(name), where(call)),
          leftmost(reportAt), unit);
    } else {
      attributes.check(call, name, declaration.get());
    }
  }

  /**
   * Whether a value comes from a registry constant ({@code CookieRegistry.SID.name()}, {@code
   * .setCookieHeader(v)}, also in both branches of a {@code ?:}): declared by construction,
   * neither reported nor counted.
   */
  private boolean fromDeclaration(TreePath parent, ExpressionTree value) {
    TreePath here = new TreePath(parent, value);
    switch (value.getKind()) {
      case PARENTHESIZED:
        return fromDeclaration(here, ((ParenthesizedTree) value).getExpression());
      case CONDITIONAL_EXPRESSION:
        ConditionalExpressionTree conditional = (ConditionalExpressionTree) value;
        return fromDeclaration(here, conditional.getTrueExpression())
            && fromDeclaration(here, conditional.getFalseExpression());
      case METHOD_INVOCATION:
        if (!(((MethodInvocationTree) value).getMethodSelect() instanceof MemberSelectTree select)) {
          return false;
        }
        TypeMirror receiver = trees.getTypeMirror(
            new TreePath(new TreePath(here, select), select.getExpression()));
        return receiver != null && receiver.getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) receiver).asElement()).getQualifiedName()
                .contentEquals(COOKIE_DEFINITION);
      default:
        return false;
    }
  }

  private void warn(String message, Tree at) {
    trees.printMessage(Diagnostic.Kind.WARNING, message, leftmost(at), unit);
  }

  /**
   * The tree that starts an expression. javac places a diagnostic at a tree's preferred
   * position, which for {@code "sid=" + id} is the operator and for {@code Names.SID} the dot;
   * pointing at the first token puts the caret at the start of the argument.
   */
  private static Tree leftmost(Tree tree) {
    Tree current = tree;
    while (true) {
      if (current instanceof com.sun.source.tree.BinaryTree binary) {
        current = binary.getLeftOperand();
      } else if (current instanceof MemberSelectTree select) {
        current = select.getExpression();
      } else if (current instanceof ParenthesizedTree parenthesized) {
        current = parenthesized.getExpression();
      } else if (current instanceof MethodInvocationTree invocation) {
        current = invocation.getMethodSelect();
      } else {
        return current;
      }
    }
  }

  /**
   * The method, field or type whose code holds a call, named as {@code cookies.json} names
   * declaring elements. Code in anonymous and local classes belongs to the enclosing member.
   */
  private String where(TreePath call) {
    TreePath child = null;
    for (TreePath path = call; path != null; child = path, path = path.getParentPath()) {
      if (!(path.getLeaf() instanceof ClassTree)
          || !(trees.getElement(path) instanceof TypeElement type)
          || type.getNestingKind() == NestingKind.ANONYMOUS
          || type.getNestingKind() == NestingKind.LOCAL) {
        continue;
      }
      Tree member = child == null ? null : child.getLeaf();
      if (member instanceof MethodTree || member instanceof VariableTree) {
        Element element = trees.getElement(child);
        if (element != null) {
          return names.declaredBy(element);
        }
      }
      String typeName = names.declaredBy(type);
      if (member instanceof BlockTree block) {
        return typeName + (block.isStatic() ? " (static initialiser)" : " (instance initialiser)");
      }
      return typeName;
    }
    return unit.getSourceFile().getName();
  }

  /** The simple name a constructor call or method call shows, or null. */
  private static javax.lang.model.element.Name simpleName(Tree tree) {
    switch (tree.getKind()) {
      case IDENTIFIER:
        return ((IdentifierTree) tree).getName();
      case MEMBER_SELECT:
        return ((MemberSelectTree) tree).getIdentifier();
      case PARAMETERIZED_TYPE:
        return simpleName(((com.sun.source.tree.ParameterizedTypeTree) tree).getType());
      case ANNOTATED_TYPE:
        return simpleName(((com.sun.source.tree.AnnotatedTypeTree) tree).getUnderlyingType());
      default:
        return null;
    }
  }
}
