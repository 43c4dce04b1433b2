package io.github.cookieledger.benchmarks.scan;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one real project's module with cookieledger on the processor path, the way Maven's
 * compiler plugin runs javac, and writes what the scan reported plus the CPU time of the scan
 * against the whole javac task (the compiling thread's CPU time, so the shared machine's load does
 * not count).
 *
 * <p>The scan's time is measured between two listeners that sandwich it: one registered before
 * javac starts, the other once processing is over (the processor registers the scan during
 * processing). javac calls listeners in the order of their list, so each event's time between the
 * first and the last of the three is the scan's.
 *
 * <p>Arguments: {@code sourceDir classPathFile processorPath resultFile}.
 */
public final class RealCodeScan {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private RealCodeScan() {}

  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args[0]);
    String classPath = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).trim();
    String processorPath = args[2];
    Path result = Path.of(args[3]);
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted()
          .collect(Collectors.toList());
    }
    Path classes = Files.createTempDirectory("real-code-scan");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        classPath, "-processorpath", processorPath, "-encoding", "UTF-8", "-parameters",
        "-Xmaxwarns", "100000", "-Xmaxerrs", "100000"));
    // more javac options, e.g. -Acookieledger.knownCookies=off to leave the database's load out
    String more = System.getenv("JAVAC_OPTIONS");
    if (more != null && !more.isBlank()) {
      options.addAll(List.of(more.trim().split("\\s+")));
    }
    Sandwich sandwich = new Sandwich();
    long javacCpu;
    boolean success;
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromFiles(files));
      sandwich.task = task;
      task.addTaskListener(sandwich.outer);
      long start = CPU.getCurrentThreadCpuTime();
      success = task.call();
      javacCpu = CPU.getCurrentThreadCpuTime() - start;
    }
    List<String> lines = new ArrayList<>();
    lines.add("files\t" + files.size());
    lines.add("compiled\t" + (success ? "yes" : "no"));
    lines.add("javac_cpu_ms\t" + javacCpu / 1_000_000);
    lines.add("scan_cpu_ms\t" + sandwich.scanNanos / 1_000_000);
    lines.add(String.format(Locale.ROOT, "scan_share\t%.2f%%", 100.0 * sandwich.scanNanos / javacCpu));
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      String where = d.getSource() == null ? "-"
          : sources.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber();
      if (message.startsWith("[cookie-")) {
        lines.add(d.getKind() + "\t" + where + "\t" + message.replace('\n', ' '));
      } else if (d.getKind() == Diagnostic.Kind.ERROR) {
        lines.add("javac-error\t" + where + "\t" + message.lines().findFirst().orElse(""));
      }
    }
    Files.createDirectories(result.toAbsolutePath().getParent());
    Files.write(result, lines, StandardCharsets.UTF_8);
    lines.stream().limit(5).forEach(System.out::println);
  }

  /** Two listeners around the scan's: the CPU time between the first and the last call. */
  private static final class Sandwich {
    JavacTask task;
    long scanNanos;
    private boolean innerAdded;
    private long first;
    private int calls;

    final TaskListener outer = new TaskListener() {
      @Override
      public void started(TaskEvent event) {
        if (!innerAdded && event.getKind() == TaskEvent.Kind.ANALYZE) {
          innerAdded = true; // processing is over: the scan's listener is in the list by now
          task.addTaskListener(inner);
        }
      }

      @Override
      public void finished(TaskEvent event) {
        stamp();
      }
    };

    final TaskListener inner = new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        stamp();
      }
    };

    private void stamp() {
      long now = CPU.getCurrentThreadCpuTime();
      if (!innerAdded) {
        return;
      }
      if (calls == 0) {
        first = now;
        calls = 1;
      } else {
        scanNanos += now - first;
        calls = 0;
      }
    }
  }
}
