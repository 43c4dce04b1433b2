package io.github.cookieledger.benchmarks.build;

import io.github.cookieledger.benchmarks.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The build benchmark: generates a project per scenario ({@code --files} classes, each of
 * {@code --cookies} a count of {@code @Cookie} declarations), compiles it with {@code -proc:none},
 * the floor processor and cookieledger — one warm-up of each, then rounds of the three in rotating
 * order until {@code --runs} rounds are free of other load — and prints medians, min and max of
 * wall time, CPU time and peak RSS with the ratios cookieledger/floor and cookieledger/off.
 *
 * <p>Started by {@code benchmarks/build-benchmark.sh}, which builds the jars and passes them in.
 */
public final class BuildBenchmark {
  private final Options options;
  private final PrintStream out = System.out;

  private BuildBenchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("build benchmark: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    new BuildBenchmark(options).run();
  }

  private void run() throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of(Compile.TIME))) {
      throw new IllegalStateException(Compile.TIME + " is missing: install it (Debian/Ubuntu:"
          + " apt-get install time)");
    }
    Files.createDirectories(options.work);
    Path results = options.work.resolve("results.jsonl");
    out.println("machine: " + Machine.describe());
    out.println("javac:   " + Machine.javacVersion(options.javac));
    out.println("results: " + results);
    Map<Integer, Summary> summaries = new LinkedHashMap<>();
    for (int cookies : options.cookies) {
      Summary summary = scenario(options.files, cookies, results);
      summaries.put(cookies, summary);
    }
    Report report = new Report(options.files, summaries);
    String table = report.markdown();
    out.println();
    out.println(table);
    Files.writeString(options.work.resolve("summary.md"),
        "machine: " + Machine.describe() + "\njavac: " + Machine.javacVersion(options.javac)
            + "\n\n" + table, StandardCharsets.UTF_8);
  }

  private Summary scenario(int files, int cookies, Path results)
      throws IOException, InterruptedException {
    out.printf(Locale.ROOT, "%n== %d files, %d cookies ==%n", files, cookies);
    Path corpus = options.work.resolve("corpus-" + files + "-" + cookies);
    CorpusGenerator.main(new String[] {corpus.toString(), String.valueOf(files),
        String.valueOf(cookies)});
    Compile compile = new Compile(options.javac, options.jars, corpus.resolve("sources.txt"),
        options.work.resolve("runs"));
    Variant[] variants = Variant.values();
    out.println("warm-up");
    for (Variant v : variants) {
      out.println("  " + Compile.describe(compile.run(v, 0)));
    }
    List<Map<Variant, Run>> clean = new ArrayList<>();
    List<Map<Variant, Run>> contended = new ArrayList<>();
    int maxRounds = options.maxRounds > 0 ? Math.max(options.maxRounds, options.runs)
        : options.runs + Math.max(3, options.runs / 2);
    for (int round = 1; clean.size() < options.runs && round <= maxRounds; round++) {
      Map<Variant, Run> runs = new EnumMap<>(Variant.class);
      for (int i = 0; i < variants.length; i++) {
        Variant v = variants[(round + i) % variants.length]; // rotate: no variant always first
        Run r = compile.run(v, round);
        runs.put(v, r);
        Files.writeString(results, r.json(files, cookies) + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      boolean isClean = runs.values().stream().noneMatch(Run::flagged);
      (isClean ? clean : contended).add(runs);
      out.printf(Locale.ROOT, "round %d%s%n", round, isClean ? "" : "  (contended: repeated)");
      runs.values().forEach(r -> out.println("  " + Compile.describe(r)));
    }
    int repeated = contended.size();
    List<Map<Variant, Run>> counted = new ArrayList<>(clean);
    if (clean.size() < options.runs) {
      // a busy machine: fill up with the rounds that other processes disturbed least
      contended.sort(Comparator.comparingDouble(BuildBenchmark::otherLoad));
      counted.addAll(contended.subList(0, Math.min(contended.size(), options.runs - clean.size())));
      out.printf(Locale.ROOT, "WARNING: only %d of %d rounds were free of other load after %d"
          + " rounds; counting the %d least disturbed contended rounds too%n", clean.size(),
          options.runs, maxRounds, counted.size() - clean.size());
    }
    return new Summary(files, cookies, counted, repeated, counted.size() - clean.size());
  }

  private static double otherLoad(Map<Variant, Run> round) {
    return round.values().stream().mapToDouble(r -> Math.max(r.otherCpu(), r.steal())).sum();
  }

  /** Command-line options. */
  static final class Options {
    static final String USAGE = "usage: BuildBenchmark --annotations JAR --processor JAR --floor JAR"
        + " --work DIR [--javac PATH] [--files N] [--cookies K[,K2...]] [--runs R]"
        + " [--max-rounds M]";
    int files = 2000;
    List<Integer> cookies = List.of(50);
    int runs = 10;
    /** Rounds to try before counting contended ones too; 0 = runs + max(3, runs / 2). */
    int maxRounds;
    String javac = "javac";
    Path work;
    Variant.Jars jars;

    static Options parse(String[] args) {
      Options o = new Options();
      String annotations = null;
      String processor = null;
      String floor = null;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--files":
            o.files = positive(a, v);
            break;
          case "--cookies":
            List<Integer> counts = new ArrayList<>();
            for (String c : v.split(",")) {
              counts.add(positive(a, c.trim()));
            }
            o.cookies = counts;
            break;
          case "--runs":
            o.runs = positive(a, v);
            break;
          case "--max-rounds":
            o.maxRounds = positive(a, v);
            break;
          case "--javac":
            o.javac = v;
            break;
          case "--work":
            o.work = Path.of(v);
            break;
          case "--annotations":
            annotations = v;
            break;
          case "--processor":
            processor = v;
            break;
          case "--floor":
            floor = v;
            break;
          default:
            throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (annotations == null || processor == null || floor == null || o.work == null) {
        throw new IllegalArgumentException("--annotations, --processor, --floor and --work are"
            + " required");
      }
      o.jars = new Variant.Jars(annotations, processor, floor);
      return o;
    }

    private static int positive(String option, String value) {
      try {
        int n = Integer.parseInt(value);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
      throw new IllegalArgumentException(option + " takes a positive whole number, not '" + value
          + "'");
    }
  }
}
