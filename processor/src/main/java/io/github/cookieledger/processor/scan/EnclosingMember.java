package io.github.cookieledger.processor.scan;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.cookieledger.processor.read.ElementNames;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * The method, field or type whose code holds a call, named as {@code cookies.json} names
 * declaring elements. Code in anonymous and local classes belongs to the enclosing member.
 */
final class EnclosingMember {
  private final Trees trees;
  private final ElementNames names;

  EnclosingMember(Trees trees, ElementNames names) {
    this.trees = trees;
    this.names = names;
  }

  String of(TreePath call) {
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
    return call.getCompilationUnit().getSourceFile().getName();
  }

  String of(Element member) {
    return names.declaredBy(member);
  }
}
