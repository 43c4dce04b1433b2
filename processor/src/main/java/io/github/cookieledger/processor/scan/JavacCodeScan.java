package io.github.cookieledger.processor.scan;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.cookieledger.processor.javac.JavacAccess;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.read.ElementNames;
import io.github.cookieledger.processor.read.PolicyReader;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The scan on javac. Method bodies are attributed only after annotation processing, so it listens
 * for javac's {@code ANALYZE} event, which comes once per top-level class after attribution and
 * flow analysis (the Checker Framework's {@code AbstractTypeProcessor} works the same way), and
 * walks that class. The declared cookies are final by then: processing has ended.
 */
final class JavacCodeScan implements CodeScan, TaskListener {

  private final JavacTask task;
  private final Trees trees;
  private final Elements elements;
  private final ElementNames names;
  private ScanSettings settings;
  private RecognisedCalls calls;
  private DeclaredCookies declared;
  private int notConstant;
  private boolean failed;

  /**
   * @param javac javac's task and trees
   * @param environment the processor's environment
   */
  JavacCodeScan(JavacAccess.Available javac, ProcessingEnvironment environment) {
    this.task = javac.task();
    this.trees = javac.trees();
    this.elements = environment.getElementUtils();
    this.names = new ElementNames(environment.getTypeUtils());
  }

  @Override
  public void start(ScanSettings settings) {
    this.settings = settings;
    this.calls = new RecognisedCalls(elements, CookieCalls.ALL);
    try {
      task.addTaskListener(this);
    } catch (RuntimeException | LinkageError refused) {
      // a javac that hands out its task but will not take listeners: the same fallback
      new Skipped(task.getClass().getName(), "javac refused a task listener").start(settings);
    }
  }

  @Override
  public void started(TaskEvent event) {}

  @Override
  public void finished(TaskEvent event) {
    if (failed) {
      return;
    }
    try {
      if (event.getKind() == TaskEvent.Kind.ANALYZE) {
        analyzed(event.getTypeElement(), event.getCompilationUnit());
      } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
        compilationFinished();
      }
    } catch (RuntimeException | Error bug) {
      // A bug in the scan must not take javac down: report it once and scan no further.
      failed = true;
      settings.internalError().accept(bug);
    }
  }

  private void analyzed(TypeElement type, CompilationUnitTree unit) {
    if (type == null || unit == null || isGeneratedRegistry(type)) {
      return;
    }
    ClassTree tree = trees.getTree(type);
    if (tree == null) {
      return;
    }
    if (declared == null) {
      declared = settings.declared().get();
    }
    CallSiteScanner scanner =
        new CallSiteScanner(trees, unit, calls, declared, settings.severity(), names);
    TreePath path = new TreePath(new TreePath(unit), tree);
    scanner.scan(path, null);
    notConstant += scanner.notConstant();
    new UnseenDeclarations(trees, unit).scan(path, null); // issue 10.5
  }

  private void compilationFinished() {
    if (settings.severity() == Diagnostic.Kind.ERROR && notConstant > 0) {
      settings.note(notConstant == 1 ? Message.SCAN_NOT_CONSTANT_ONE.text()
          : Message.SCAN_NOT_CONSTANT.text(notConstant));
    }
  }

  private static boolean isGeneratedRegistry(TypeElement type) {
    return PolicyReader.generatedRegistry(type) != null;
  }
}
