package io.github.cookieledger.processor.scan;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Walks one attributed top-level class. It records every recognised call that sets a cookie
 * ({@link CookieSink}), and what the class tells about the fields and parameters names come from
 * ({@link CompilationFlow}); the names are checked when the whole compilation has been seen. Only
 * calls whose simple name is in the table are matched against it; calls of this compilation's own
 * methods are remembered when an argument may be a name.
 *
 * <p>The walk visits every call of the compilation, so the JIT compiles it, with whatever it calls
 * compiled into it. It therefore only notes the calls that may matter; {@link #walk} looks at
 * them when the class has been walked.
 */
final class CallSiteScanner extends TreePathScanner<Void, Void> {
  private static final String COOKIE_DEFINITION = "io.github.cookieledger.CookieDefinition";

  private final Trees trees;
  private final RecognisedCalls calls;
  private final ConstantValues constants;
  private final NameSources sources;
  private final CookieUses uses;
  private final CompilationFlow flow;
  private final List<CookieSink> sinks;
  private final Predicate<Element> fromThisCompilation;
  private final Consumer<TreePath> hiddenClasses;
  /** How many local or anonymous classes the walk is inside. */
  private int hiddenDepth;
  private final CompilationUnitTree unit;
  /** Whether the file imports another {@code Cookie} type: read once, at its first cookie. */
  private Boolean importsAnotherCookie;
  /** The calls the walk noted, looked at when it is done. */
  private final List<NotedCall> noted = new ArrayList<>();

  /**
   * A call with arguments that may matter.
   *
   * @param named whether its simple name is one of the recognised APIs'
   */
  private record NotedCall(TreePath path, ExecutableElement method,
      List<? extends ExpressionTree> arguments, boolean named) {}

  /**
   * @param fromThisCompilation whether a method is compiled now, so names can be followed into it
   * @param hiddenClasses receives each outermost local or anonymous class the walk meets, which
   *     annotation processing never sees ({@link UnseenDeclarations}): one walk finds both
   */
  CallSiteScanner(Trees trees, CompilationUnitTree unit, RecognisedCalls calls,
      CompilationFlow flow, List<CookieSink> sinks, Predicate<Element> fromThisCompilation,
      Consumer<TreePath> hiddenClasses) {
    this.trees = trees;
    this.calls = calls;
    this.constants = new ConstantValues(trees);
    this.sources = new NameSources(trees, constants);
    this.uses = new CookieUses(trees, constants);
    this.flow = flow;
    this.sinks = sinks;
    this.fromThisCompilation = fromThisCompilation;
    this.hiddenClasses = hiddenClasses;
    this.unit = unit;
  }

  /** Walks one top-level class, then looks at the calls that may set or pass a cookie name. */
  void walk(TreePath topLevelClass) {
    scan(topLevelClass, null);
    for (NotedCall call : noted) {
      look(call);
    }
    noted.clear();
  }

  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    if (!node.getArguments().isEmpty()) {
      boolean named = calls.mayConstruct(simpleName(node.getIdentifier()));
      called(node.getArguments(), named);
    }
    scan(node.getEnclosingExpression(), unused);
    scan(node.getArguments(), unused);
    return scan(node.getClassBody(), unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    if (!node.getArguments().isEmpty()) {
      javax.lang.model.element.Name name = simpleName(node.getMethodSelect());
      // super(name, value) in a Cookie subclass's constructor creates a cookie too
      boolean named = calls.mayInvoke(name) || (name != null && calls.isSuperOrThis(name));
      called(node.getArguments(), named);
    }
    scan(node.getMethodSelect(), unused);
    return scan(node.getArguments(), unused);
  }

  @Override
  public Void visitAssignment(AssignmentTree node, Void unused) {
    Element target = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
    if (calls.isNameField(target)) {
      flow.assign((VariableElement) target, sources.of(getCurrentPath(), node.getExpression()));
    }
    return super.visitAssignment(node, unused);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    Element target = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
    if (calls.isNameField(target)) {
      flow.assign((VariableElement) target, Set.of(NameTerm.UNKNOWN));
    }
    return super.visitCompoundAssignment(node, unused);
  }

  // Only code can set a cookie: the walk skips annotations, modifiers, type names, parameters
  // and imports, which make up a good part of every class.

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    Tree parent = getCurrentPath().getParentPath().getLeaf();
    boolean hidden = !(parent instanceof ClassTree) && !(parent instanceof CompilationUnitTree);
    if (hidden && hiddenDepth == 0) {
      hiddenClasses.accept(getCurrentPath()); // the outermost one: it covers those inside
    }
    hiddenDepth += hidden ? 1 : 0;
    try {
      return scan(node.getMembers(), unused);
    } finally {
      hiddenDepth -= hidden ? 1 : 0;
    }
  }

  @Override
  public Void visitMethod(MethodTree node, Void unused) {
    return scan(node.getBody(), unused);
  }

  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree) {
      Element field = trees.getElement(getCurrentPath());
      if (calls.isNameField(field) && ((VariableElement) field).getConstantValue() == null) {
        flow.declareField((VariableElement) field, node.getInitializer() == null ? null
            : sources.of(getCurrentPath(), node.getInitializer()), injected(node));
      }
    }
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

  /**
   * A field a framework may set from outside the code ({@code @Value}, {@code @Inject}, ...):
   * whatever the compilation assigns, the field can hold another name.
   */
  private static boolean injected(VariableTree field) {
    for (AnnotationTree annotation : field.getModifiers().getAnnotations()) {
      Tree type = annotation.getAnnotationType();
      String name = type instanceof MemberSelectTree select ? select.getIdentifier().toString()
          : type.toString();
      if (!name.equals("Deprecated") && !name.equals("SuppressWarnings")
          && !name.endsWith("Nullable") && !name.endsWith("NonNull") && !name.equals("Nonnull")
          && !name.equals("NotNull")) {
        return true;
      }
    }
    return false;
  }

  /** A call with arguments: notes a recognised API, or a method of this compilation. */
  private void called(List<? extends ExpressionTree> arguments, boolean named) {
    TreePath call = getCurrentPath();
    if (trees.getElement(call) instanceof ExecutableElement method
        && (named || fromThisCompilation.test(method))) {
      noted.add(new NotedCall(call, method, arguments, named));
    }
  }

  /** A noted call: checked when a recognised API, else remembered when a name may reach it. */
  private void look(NotedCall call) {
    if (call.named()) {
      Optional<CookieCalls.Call> match = calls.match(call.method());
      if (match.isPresent()) {
        inspect(call.path(), call.method(), match.get(), call.arguments());
        return;
      }
      if (!fromThisCompilation.test(call.method())) {
        return; // a call noted for its name only: called() knows the others are of this compilation
      }
    }
    remember(call.path(), call.method(), call.arguments());
  }

  /** The arguments a method of this compilation receives where its parameter may hold a name. */
  private void remember(TreePath call, ExecutableElement method,
      List<? extends ExpressionTree> arguments) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return;
    }
    for (int i = 0; i < arguments.size(); i++) {
      int index = Math.min(i, parameters.size() - 1); // the varargs parameter takes the rest
      ExpressionTree argument = arguments.get(i);
      if (NameSources.mayBeName(argument) && calls.holdsNames(parameters.get(index).asType())) {
        flow.pass(method, index, sources.passed(call, argument), Site.of(trees, call, argument));
      }
    }
  }

  private void inspect(TreePath call, ExecutableElement method, CookieCalls.Call match,
      List<? extends ExpressionTree> arguments) {
    int index = match.nameArgument();
    if (arguments.size() <= index) {
      return;
    }
    Site creation = Site.of(trees, call, call.getLeaf());
    if (match.shape() == CookieCalls.Shape.NAME) {
      CookieUses.Uses used = match.setsItself() ? CookieUses.header() : uses.of(call);
      boolean varargs = method.isVarArgs() && index == method.getParameters().size() - 1;
      int last = varargs ? arguments.size() - 1 : index;
      for (int i = index; i <= last; i++) {
        ExpressionTree name = arguments.get(i);
        if (!fromDeclaration(call, name) && !isErroneous(call, name)) {
          sinks.add(new CookieSink(match, sources.of(call, name), Site.of(trees, call, name),
              creation, used, importsAnotherCookie()));
        }
      }
      return;
    }
    Object header = constants.of(call, arguments.get(index));
    if (!(header instanceof String text) || !text.trim().equalsIgnoreCase("Set-Cookie")
        || arguments.size() <= index + 1) {
      return; // some other header
    }
    ExpressionTree value = arguments.get(index + 1);
    if (fromDeclaration(call, value) || isCookieText(call, value) || isCookieObject(call, value)
        || isErroneous(call, value)) {
      return;
    }
    sinks.add(new CookieSink(match, headerName(call, value), Site.of(trees, call, value),
        creation, CookieUses.header(), importsAnotherCookie()));
  }

  /**
   * The name a {@code Set-Cookie} value starts with: its constant text up to {@code =}, or, for
   * {@code name + "=" + value}, whatever {@code name} is.
   */
  private Set<NameTerm> headerName(TreePath call, ExpressionTree value) {
    String prefix = constants.prefix(call, value);
    int equals = prefix.indexOf('=');
    if (equals >= 0) {
      return Set.of(new NameTerm.Constant(prefix.substring(0, equals).trim()));
    }
    // (a + b) + c: find the leftmost operand and what follows it
    TreePath path = new TreePath(call, value);
    ExpressionTree current = value;
    while (current instanceof BinaryTree plus && current.getKind() == Tree.Kind.PLUS
        && plus.getLeftOperand() instanceof BinaryTree inner
        && inner.getKind() == Tree.Kind.PLUS) {
      path = new TreePath(path, inner);
      current = inner;
    }
    if (prefix.isEmpty() && current instanceof BinaryTree plus
        && current.getKind() == Tree.Kind.PLUS
        && constants.of(path, plus.getRightOperand()) instanceof String next
        && next.startsWith("=")) {
      return sources.of(path, plus.getLeftOperand());
    }
    return Set.of(NameTerm.UNKNOWN);
  }

  /** {@code cookie.toString()} of a cookie object: its creation is the call that counts. */
  private boolean isCookieText(TreePath call, ExpressionTree value) {
    if (!(value instanceof MethodInvocationTree invocation)
        || !(invocation.getMethodSelect() instanceof MemberSelectTree select)
        || !invocation.getArguments().isEmpty()) {
      return false;
    }
    TypeMirror receiver = trees.getTypeMirror(new TreePath(new TreePath(
        new TreePath(call, value), select), select.getExpression()));
    return receiver != null && receiver.getKind() == TypeKind.DECLARED
        && ((DeclaredType) receiver).asElement().getSimpleName().toString().endsWith("Cookie");
  }

  /** A cookie object as the header's value (JAX-RS takes any): its creation is the call. */
  private boolean isCookieObject(TreePath call, ExpressionTree value) {
    TypeMirror type = trees.getTypeMirror(new TreePath(call, value));
    return type != null && type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getSimpleName().toString().endsWith("Cookie");
  }

  /** A name javac could not attribute: javac has already reported it. */
  private boolean isErroneous(TreePath call, ExpressionTree argument) {
    TypeMirror type = trees.getTypeMirror(new TreePath(call, argument));
    return type == null || type.getKind() == TypeKind.ERROR;
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

  /** Most classes set no cookie: their imports are never printed, which costs. */
  private boolean importsAnotherCookie() {
    if (importsAnotherCookie == null) {
      importsAnotherCookie = Suggestion.importsAnotherCookie(unit);
    }
    return importsAnotherCookie;
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
