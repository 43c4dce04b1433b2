package io.github.cookieledger.benchmarks.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs one javac under {@code /usr/bin/time} in fresh output folders, checks that it compiled and
 * that the variant's outputs exist, and reads wall time, CPU time, peak RSS and the other load of
 * the machine meanwhile.
 */
final class Compile {
  static final String TIME = "/usr/bin/time";
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** The compile under way, stopped with the benchmark (Ctrl-C) so no javac is left running. */
  private static volatile Process running;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Process p = running;
      if (p != null) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
      }
    }));
  }

  private final String javac;
  private final Variant.Jars jars;
  private final Path sources;
  private final Path runs;

  Compile(String javac, Variant.Jars jars, Path sources, Path runs) {
    this.javac = javac;
    this.jars = jars;
    this.sources = sources;
    this.runs = runs;
  }

  Run run(Variant variant, int round) throws IOException, InterruptedException {
    Path dir = runs.resolve(variant.label + "-" + round);
    deleteTree(dir);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    Path timeFile = dir.resolve("time.txt");
    Path log = dir.resolve("javac.log");
    List<String> command = new ArrayList<>(List.of(TIME, "-f", "%e %U %S %M", "-o",
        timeFile.toString(), javac, "-encoding", "UTF-8", "-d", classes.toString(), "-s",
        generated.toString(), "-cp", jars.annotations()));
    command.addAll(variant.processingArguments(jars));
    command.add("@" + sources);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    CpuSnapshot before = CpuSnapshot.read();
    long start = System.nanoTime();
    running = builder.start();
    int exit = running.waitFor();
    running = null;
    double wall = (System.nanoTime() - start) / 1e9;
    CpuSnapshot after = CpuSnapshot.read();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (exit != 0) {
      throw new IllegalStateException(variant.label + " compile failed (exit " + exit + "):\n"
          + output.lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
    }
    checkOutputs(variant, classes, generated);
    String[] t = lastLine(Files.readString(timeFile)).trim().split("\\s+");
    double user = Double.parseDouble(t[1]);
    double sys = Double.parseDouble(t[2]);
    double rssMb = Long.parseLong(t[3]) / 1024.0;
    double other = Math.max(0, after.busySecondsSince(before) - user - sys);
    double steal = after.stealSecondsSince(before);
    double limit = Math.max(0.3, 0.03 * wall * CORES);
    Run run = new Run(variant, round, wall, user, sys, rssMb, other, steal,
        other > limit || steal > limit);
    if (round == 0 && !output.isBlank()) {
      System.out.println("  note: " + variant.label + " printed:\n    "
          + output.lines().limit(10).reduce((a, b) -> a + "\n    " + b).orElse(""));
    }
    deleteTree(dir);
    return run;
  }

  private static void checkOutputs(Variant variant, Path classes, Path generated)
      throws IOException {
    List<Path> expected = new ArrayList<>();
    if (variant == Variant.FLOOR) {
      expected.add(generated.resolve("floor/FloorSummary.java"));
      expected.add(classes.resolve("META-INF/floor/summary.txt"));
    } else if (variant == Variant.COOKIELEDGER) {
      expected.add(generated.resolve("com/acme/shop/ShopCookies.java"));
      expected.add(classes.resolve("META-INF/cookies/cookies.json"));
    }
    for (Path p : expected) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException(variant.label + " did not write " + p);
      }
    }
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1];
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  static String describe(Run r) {
    return String.format(Locale.ROOT, "%-12s wall %6.2f s  cpu %6.2f s  rss %5.0f MB  other %5.2f s%s",
        r.variant().label, r.wall(), r.cpu(), r.rssMb(), r.otherCpu(),
        r.flagged() ? "  CONTENDED" : "");
  }
}
