package io.github.cookieledger.processor.scan;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;

/**
 * What a method does with a cookie it creates: the attributes it sets (a builder chain on the
 * creating call, setter and builder calls on the local variable the creation initialises anywhere
 * later in the method, nested blocks included), and where the cookie goes: to a response, to a
 * request (a test's request builder, an HTTP client), or somewhere the method does not show.
 */
final class CookieUses {
  private final Trees trees;
  private final ConstantValues constants;

  CookieUses(Trees trees, ConstantValues constants) {
    this.trees = trees;
    this.constants = constants;
  }

  /** Where a cookie goes. */
  enum Destination {
    /** A response's cookie or header call. */
    RESPONSE,
    /** A request builder, a mock request or an HTTP client: not a cookie this application sets. */
    REQUEST,
    /** Returned, stored or handed to code the method does not show. */
    UNKNOWN
  }

  /**
   * An attribute the code sets.
   *
   * @param attribute which
   * @param value its constant (see {@link ConstantValues#coded}), or null when not constant
   * @param at the argument
   */
  record Setting(CodedAttribute attribute, Object value, Tree at) {}

  /**
   * What the method does with one cookie.
   *
   * @param settings the attributes it sets
   * @param destination where the cookie goes
   * @param wholeLifeVisible whether every use of the cookie is in view (a local variable used only
   *     for setters and handed to a response), so an attribute not set keeps the API's default
   */
  record Uses(List<Setting> settings, Destination destination, boolean wholeLifeVisible) {
    boolean sets(CodedAttribute attribute) {
      return settings.stream().anyMatch(setting -> setting.attribute() == attribute);
    }
  }

  /** A header write: it is the response. */
  static Uses header() {
    return new Uses(List.of(), Destination.RESPONSE, false);
  }

  /**
   * The uses of a created cookie.
   *
   * @param creation the path of the creating call
   */
  Uses of(TreePath creation) {
    List<Setting> settings = new ArrayList<>();
    TreePath end = chain(creation, settings);
    Tracker tracker = new Tracker();
    TreePath context = skipWrappers(end);
    Tree parent = context.getParentPath() == null ? null : context.getParentPath().getLeaf();
    if (parent instanceof VariableTree variable && variable.getInitializer() == context.getLeaf()) {
      Element local = trees.getElement(context.getParentPath());
      TreePath body = NameSources.enclosingBody(context);
      if (local != null && local.getKind() == ElementKind.LOCAL_VARIABLE && body != null) {
        tracker.follow(body, local, variable.getName(), settings);
      } else {
        tracker.escape();
      }
    } else {
      tracker.argument(context);
    }
    boolean visible = tracker.destination() == Destination.RESPONSE && !tracker.escaped;
    return new Uses(List.copyOf(settings), tracker.destination(), visible);
  }

  /** Checks each call chained on a receiver; returns the path of the chain's last call. */
  private TreePath chain(TreePath receiver, List<Setting> settings) {
    TreePath current = receiver;
    while (true) {
      TreePath select = current.getParentPath();
      if (select == null || !(select.getLeaf() instanceof MemberSelectTree member)
          || member.getExpression() != current.getLeaf()) {
        return current;
      }
      TreePath invocation = select.getParentPath();
      if (invocation == null || !(invocation.getLeaf() instanceof MethodInvocationTree call)
          || call.getMethodSelect() != member) {
        return current;
      }
      setting(invocation, member.getIdentifier(), call, settings);
      current = invocation;
    }
  }

  private void setting(TreePath invocation, Name method, MethodInvocationTree call,
      List<Setting> settings) {
    if (call.getArguments().size() != 1) {
      return;
    }
    CodedAttribute.forMethod(method).ifPresent(attribute -> {
      ExpressionTree argument = call.getArguments().get(0);
      settings.add(new Setting(attribute, constants.coded(invocation, argument), argument));
    });
  }

  private static TreePath skipWrappers(TreePath path) {
    TreePath current = path;
    while (current.getParentPath() != null
        && (current.getParentPath().getLeaf() instanceof ParenthesizedTree
            || current.getParentPath().getLeaf() instanceof TypeCastTree)) {
      current = current.getParentPath();
    }
    return current;
  }

  /** Collects where the cookie goes, over all its uses. */
  private final class Tracker {
    private boolean response;
    private boolean request;
    private boolean unknown;
    private boolean escaped;
    private boolean reassigned;

    Destination destination() {
      if (response) {
        return Destination.RESPONSE;
      }
      return request && !unknown ? Destination.REQUEST : Destination.UNKNOWN;
    }

    void escape() {
      unknown = true;
      escaped = true;
    }

    /** The cookie (or a value made from it) stands at {@code value}: is it a call's argument? */
    void argument(TreePath value) {
      TreePath parent = value.getParentPath();
      if (parent != null && parent.getLeaf() instanceof MethodInvocationTree call
          && call.getArguments().contains(value.getLeaf())) {
        switch (classify(parent)) {
          case RESPONSE -> response = true;
          case REQUEST -> request = true;
          default -> escape();
        }
      } else {
        escape();
      }
    }

    /**
     * Every use of the local variable in its method. Its setters count only when it holds this
     * one cookie: after {@code c = new Cookie(...)} they may belong to the other one.
     */
    void follow(TreePath body, Element local, Name name, List<Setting> settings) {
      List<Setting> onVariable = new ArrayList<>();
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
          if (node.getName().equals(name) && trees.getElement(getCurrentPath()) == local) {
            use(getCurrentPath(), onVariable);
          }
          return null;
        }
      }.scan(body, null);
      if (!reassigned) {
        settings.addAll(onVariable);
      }
    }

    private void use(TreePath identifier, List<Setting> settings) {
      TreePath context = skipWrappers(identifier);
      Tree parent = context.getParentPath().getLeaf();
      if (parent instanceof MemberSelectTree) {
        // c.setSecure(true), c.build(), c.toString(): the calls on it; where their result goes
        TreePath end = chain(context, settings);
        if (end != context) {
          TreePath outer = skipWrappers(end);
          if (outer.getParentPath().getLeaf() instanceof MethodInvocationTree) {
            argument(outer);
          }
          return;
        }
        escape();
      } else if (parent instanceof AssignmentTree assignment
          && assignment.getVariable() == context.getLeaf()) {
        reassigned = true; // another cookie in the same variable: its setters would be mixed up
        escape();
      } else {
        argument(context);
      }
    }
  }

  /** Where a call that takes a cookie (or its header text) sends it, by the declaring type. */
  private Destination classify(TreePath call) {
    if (!(trees.getElement(call) instanceof ExecutableElement method)
        || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return Destination.UNKNOWN;
    }
    String simple = owner.getSimpleName().toString();
    String qualified = owner.getQualifiedName().toString();
    if (qualified.contains("Request") || simple.contains("Client") || qualified.contains(".client.")
        || simple.equals("CookieStore") || simple.equals("CookieJar")
        || simple.equals("CookieManager")) {
      return Destination.REQUEST;
    }
    if (simple.contains("Response") || simple.contains("Exchange")
        || (simple.contains("Server") && simple.contains("Cookie"))
        || qualified.equals("io.javalin.http.Context")
        || qualified.equals("io.vertx.ext.web.RoutingContext")
        || isSetCookieHeader(call, (MethodInvocationTree) call.getLeaf())) {
      return Destination.RESPONSE;
    }
    return Destination.UNKNOWN;
  }

  /** {@code headers.add("Set-Cookie", cookie.toString())} on any headers type. */
  private boolean isSetCookieHeader(TreePath call, MethodInvocationTree invocation) {
    return invocation.getArguments().size() == 2
        && constants.of(call, invocation.getArguments().get(0)) instanceof String header
        && header.trim().equalsIgnoreCase("Set-Cookie");
  }
}
