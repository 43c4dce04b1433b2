package io.github.cookieledger.processor.scan;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.function.Function;

/**
 * A place in the source the scan reports at: the tree, its compilation unit, and the member that
 * holds it (worked out only when a message needs it).
 *
 * @param tree the tree a message points at
 * @param unit its compilation unit
 * @param path the path of the call that holds it, for {@link #where}
 * @param file the source file's name
 * @param line the 1-based line
 * @param position the character offset, for a stable order
 */
record Site(Tree tree, CompilationUnitTree unit, TreePath path, String file, long line,
    long position) implements Comparable<Site> {

  /**
   * The site of a tree, pointing at its first token.
   *
   * @param trees javac's trees
   * @param call the path of the call (or any tree) that holds {@code tree}
   * @param tree the tree
   */
  static Site of(Trees trees, TreePath call, Tree tree) {
    Tree at = leftmost(tree);
    CompilationUnitTree unit = call.getCompilationUnit();
    long position = trees.getSourcePositions().getStartPosition(unit, at);
    long line = position < 0 ? 0 : unit.getLineMap().getLineNumber(position);
    return new Site(at, unit, call, unit.getSourceFile().getName(), line, position);
  }

  /**
   * The tree that starts an expression. javac places a diagnostic at a tree's preferred
   * position, which for {@code "sid=" + id} is the operator and for {@code Names.SID} the dot;
   * pointing at the first token puts the caret at the start of the argument.
   */
  private static Tree leftmost(Tree tree) {
    Tree current = tree;
    while (true) {
      if (current instanceof BinaryTree binary) {
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

  /** {@code file:line} for the summary note: the file's name without its folders. */
  String location() {
    String name = file.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1) + ":" + line;
  }

  String where(Function<TreePath, String> namer) {
    return namer.apply(path);
  }

  @Override
  public int compareTo(Site other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : Long.compare(position, other.position);
  }
}
