package io.github.cookieledger.processor.scan;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.cookieledger.processor.javac.JavacAccess;
import io.github.cookieledger.processor.read.ElementNames;
import io.github.cookieledger.processor.read.PolicyReader;
import javax.annotation.processing.ProcessingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

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
  private final Types types;
  private final EnclosingMember members;
  private final CompilationFlow flow = new CompilationFlow();
  private final List<CookieSink> sinks = new ArrayList<>();
  /**
   * Whether a top-level type is compiled now, looked up once per type. javac drops a class's tree
   * once it has written the class file, so a class seen here is recorded as compiled when it is
   * analysed: otherwise whether a name is followed into it would depend on the order of the files.
   */
  private final Map<Element, Boolean> compiledNow = new HashMap<>();
  private ScanSettings settings;
  private RecognisedCalls calls;
  private boolean failed;

  /**
   * @param javac javac's task and trees
   * @param environment the processor's environment
   */
  JavacCodeScan(JavacAccess.Available javac, ProcessingEnvironment environment) {
    this.task = javac.task();
    this.trees = javac.trees();
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.members = new EnclosingMember(trees, new ElementNames(environment.getTypeUtils()));
  }

  @Override
  public void start(ScanSettings settings) {
    this.settings = settings;
    this.calls = new RecognisedCalls(elements, types, CookieCalls.ALL);
    try {
      task.addTaskListener(this);
    } catch (RuntimeException | LinkageError refused) {
      // a javac that hands out its task but will not take listeners: the same fallback
      ScanUnavailable.report(settings, task.getClass().getName(), "javac refused a task listener");
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
    if (type == null || unit == null) {
      return;
    }
    compiledNow.put(topLevel(type), true);
    if (isGeneratedRegistry(type)) {
      return;
    }
    ClassTree tree = trees.getTree(type);
    if (tree == null) {
      return;
    }
    new CallSiteScanner(trees, unit, calls, flow, sinks, this::compiledNow,
        hidden -> new UnseenDeclarations(trees, unit).scan(hidden, null)) // 10.5
        .walk(new TreePath(new TreePath(unit), tree));
  }

  /**
   * Every class has been seen: resolve the names, report, and print the summary. javac fires this
   * once, after the last class.
   */
  private void compilationFinished() {
    ScanReport report = new ScanReport(trees, settings.declared(), settings.severity(),
        members::of, members::of, settings.draft());
    report.report(sinks, flow);
    report.summary().ifPresent(settings::note);
  }

  /** Whether a method belongs to a class compiled now, whose calls a name can be followed into. */
  private boolean compiledNow(Element member) {
    return compiledNow.computeIfAbsent(topLevel(member), t -> trees.getTree(t) != null);
  }

  private static Element topLevel(Element member) {
    Element top = member;
    while (top.getEnclosingElement() != null
        && top.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && top.getEnclosingElement().getKind() != ElementKind.MODULE) {
      top = top.getEnclosingElement();
    }
    return top;
  }

  private static boolean isGeneratedRegistry(TypeElement type) {
    return PolicyReader.generatedRegistry(type) != null;
  }
}
