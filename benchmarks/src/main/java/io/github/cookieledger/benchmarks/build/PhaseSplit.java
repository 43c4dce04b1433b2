package io.github.cookieledger.benchmarks.build;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Where one compile of a benchmark corpus spends the compiling thread's CPU time: annotation
 * processing (every round, the processor's own work and javac's re-entering of the trees), the
 * attribution and class generation of the generated sources against the corpus's own, and the
 * undeclared-cookie scan. Shares within one compile hold however fast the machine runs that
 * minute, which wall-time rounds on a shared VM do not; JIT and GC threads are not counted.
 * Usage:
 *
 * <pre>
 *   java -cp benchmarks.jar io.github.cookieledger.benchmarks.build.PhaseSplit \
 *       sources.txt annotations.jar (processor-path | none) label result.tsv
 * </pre>
 */
public final class PhaseSplit {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** What the compiling thread did between two events. */
  enum Phase { PROCESSING, ANALYZE_CORPUS, ANALYZE_GENERATED, GENERATE_CORPUS,
    GENERATE_GENERATED, SCAN }

  private PhaseSplit() {}

  public static void main(String[] args) throws IOException {
    List<File> sources = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        sources.add(new File(line.trim()));
      }
    }
    String annotations = args[1];
    String processorPath = args[2];
    String label = args[3];
    Path result = Path.of(args[4]);
    Path classes = Files.createTempDirectory("phase-split-classes");
    Path generated = Files.createTempDirectory("phase-split-generated");
    List<String> options = new ArrayList<>(List.of("-encoding", "UTF-8", "-d", classes.toString(),
        "-s", generated.toString(), "-cp", annotations));
    if (processorPath.equals("none")) {
      options.add("-proc:none");
    } else {
      options.addAll(List.of("-processorpath", processorPath));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Clock clock = new Clock(generated.toUri().toString());
    long total;
    boolean success;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(sources));
      clock.task = task;
      task.addTaskListener(clock.outer);
      long start = CPU.getCurrentThreadCpuTime();
      success = task.call();
      total = CPU.getCurrentThreadCpuTime() - start;
    }
    StringBuilder line = new StringBuilder(label).append('\t').append(success ? "ok" : "failed")
        .append("\ttotal_ms\t").append(total / 1_000_000);
    for (Phase phase : Phase.values()) {
      long nanos = clock.spent.getOrDefault(phase, 0L);
      line.append('\t').append(phase.name().toLowerCase(Locale.ROOT)).append("_ms\t")
          .append(nanos / 1_000_000)
          .append(String.format(Locale.ROOT, "\t%.2f%%", 100.0 * nanos / total));
    }
    Files.writeString(result, line + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    System.out.println(line);
  }

  /**
   * Stamps the thread's CPU time at each event. The scan's listener is sandwiched as in {@code
   * RealCodeScan}: ours runs first on every event, a second one (added once processing is over,
   * after the processor's) runs after it; the time between the two is the scan's.
   */
  private static final class Clock {
    final Map<Phase, Long> spent = new EnumMap<>(Phase.class);
    private final String generatedFolder;
    JavacTask task;
    private long processingStart;
    private long eventStart;
    private boolean innerAdded;
    private long outerFinished;

    Clock(String generatedFolder) {
      this.generatedFolder = generatedFolder;
    }

    final TaskListener outer = new TaskListener() {
      @Override
      public void started(TaskEvent event) {
        long now = CPU.getCurrentThreadCpuTime();
        switch (event.getKind()) {
          case ANNOTATION_PROCESSING -> processingStart = now;
          case ANALYZE, GENERATE -> {
            if (!innerAdded && event.getKind() == TaskEvent.Kind.ANALYZE) {
              innerAdded = true; // processing is over: the scan's listener is in the list now
              task.addTaskListener(inner);
            }
            eventStart = now;
          }
          default -> { }
        }
      }

      @Override
      public void finished(TaskEvent event) {
        long now = CPU.getCurrentThreadCpuTime();
        boolean fromGenerated = event.getSourceFile() != null
            && event.getSourceFile().toUri().toString().startsWith(generatedFolder);
        switch (event.getKind()) {
          case ANNOTATION_PROCESSING -> add(Phase.PROCESSING, now - processingStart);
          case ANALYZE -> add(fromGenerated ? Phase.ANALYZE_GENERATED : Phase.ANALYZE_CORPUS,
              now - eventStart);
          case GENERATE -> add(fromGenerated ? Phase.GENERATE_GENERATED : Phase.GENERATE_CORPUS,
              now - eventStart);
          default -> { }
        }
        outerFinished = CPU.getCurrentThreadCpuTime();
      }
    };

    final TaskListener inner = new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        add(Phase.SCAN, CPU.getCurrentThreadCpuTime() - outerFinished);
      }
    };

    private void add(Phase phase, long nanos) {
      spent.merge(phase, nanos, Long::sum);
    }
  }
}
