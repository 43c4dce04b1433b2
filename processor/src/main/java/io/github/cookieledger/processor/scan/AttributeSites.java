package io.github.cookieledger.processor.scan;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import javax.lang.model.element.Name;

/**
 * Finds the attributes code sets right next to a declared cookie's creation and warns where one
 * contradicts the declaration. "Next to" means what a reader sees at a glance: a builder chain on
 * the creating call ({@code ResponseCookie.from("sid", v).httpOnly(false)}), and setter or builder
 * calls on a local variable that the creating call initialises, in the statements of the same
 * block that follow it ({@code c.setSecure(false);}), up to a reassignment of the variable.
 */
final class AttributeSites {
  private final ConstantValues constants;
  private final BiConsumer<String, Tree> warn;

  AttributeSites(ConstantValues constants, BiConsumer<String, Tree> warn) {
    this.constants = constants;
    this.warn = warn;
  }

  /**
   * Checks the attributes set next to one creation.
   *
   * @param creation the path of the creating call
   * @param name the cookie's name as the code sets it
   * @param declaration the covering declaration
   */
  void check(TreePath creation, String name, LedgerEntry declaration) {
    TreePath end = chainFrom(creation, name, declaration);
    TreePath parent = end.getParentPath();
    if (parent == null || !(parent.getLeaf() instanceof VariableTree variable)
        || variable.getInitializer() != end.getLeaf()
        || parent.getParentPath() == null
        || !(parent.getParentPath().getLeaf() instanceof BlockTree block)) {
      return;
    }
    TreePath blockPath = parent.getParentPath();
    boolean after = false;
    for (StatementTree statement : block.getStatements()) {
      if (statement == variable) {
        after = true;
      } else if (after) {
        if (reassigns(statement, variable.getName())) {
          return;
        }
        if (statement instanceof ExpressionStatementTree expression
            && expression.getExpression() instanceof MethodInvocationTree call) {
          onVariable(new TreePath(new TreePath(blockPath, statement), call), variable.getName(),
              name, declaration);
        }
      }
    }
  }

  /** Checks each call chained on a receiver; returns the path of the chain's last call. */
  private TreePath chainFrom(TreePath receiver, String name, LedgerEntry declaration) {
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
      attribute(invocation, member.getIdentifier(), call, name, declaration);
      current = invocation;
    }
  }

  /**
   * A statement {@code v.a(..).b(..)}: the calls from the variable outwards, each checked when the
   * chain starts at the variable.
   */
  private void onVariable(TreePath outermost, Name variable, String name, LedgerEntry declaration) {
    Deque<TreePath> chain = new ArrayDeque<>();
    TreePath path = outermost;
    while (path.getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree member) {
      chain.push(path);
      ExpressionTree receiver = member.getExpression();
      TreePath receiverPath = new TreePath(new TreePath(path, member), receiver);
      if (receiver instanceof IdentifierTree identifier) {
        if (!identifier.getName().equals(variable)) {
          return;
        }
        for (TreePath link : chain) {
          MethodInvocationTree linkCall = (MethodInvocationTree) link.getLeaf();
          attribute(link, ((MemberSelectTree) linkCall.getMethodSelect()).getIdentifier(), linkCall,
              name, declaration);
        }
        return;
      }
      path = receiverPath;
    }
  }

  private void attribute(TreePath invocation, Name method, MethodInvocationTree call, String name,
      LedgerEntry declaration) {
    if (call.getArguments().size() != 1) {
      return;
    }
    CodedAttribute.forMethod(method).ifPresent(attribute -> {
      ExpressionTree argument = call.getArguments().get(0);
      Object coded = constants.coded(invocation, argument);
      if (coded != null) {
        attribute.contradiction(declaration.attributes(), coded).ifPresent(contradiction ->
            warn.accept(contradicts(name, declaration, contradiction), argument));
      }
    });
  }

  private static String contradicts(String name, LedgerEntry declaration,
      CodedAttribute.Contradiction contradiction) {
    String declaredBy = String.join(", ", declaration.declaredBy());
    return declaration.name().equals(name)
        ? Message.ATTRIBUTE_CONTRADICTS.text(Message.javaString(name), declaredBy,
            contradiction.declared(), contradiction.coded())
        : Message.ATTRIBUTE_CONTRADICTS_PATTERN.text(Message.javaString(name), declaredBy,
            Message.javaString(declaration.name()), contradiction.declared(), contradiction.coded());
  }

  private static boolean reassigns(StatementTree statement, Name variable) {
    return statement instanceof ExpressionStatementTree expression
        && expression.getExpression() instanceof AssignmentTree assignment
        && assignment.getVariable() instanceof IdentifierTree target
        && target.getName().equals(variable);
  }
}
