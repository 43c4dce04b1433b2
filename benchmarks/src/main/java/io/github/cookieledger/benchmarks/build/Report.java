package io.github.cookieledger.benchmarks.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as Markdown tables. */
final class Report {
  private final int files;
  private final Map<Integer, Summary> summaries;

  Report(int files, Map<Integer, Summary> summaries) {
    this.files = files;
    this.summaries = summaries;
  }

  String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("Per variant: median (min–max) over the counted rounds.\n\n");
    s.append("| files | cookies | variant | wall s | CPU s (user+sys) | peak RSS MB |\n");
    s.append("|---:|---:|---|---|---|---|\n");
    for (Summary sum : summaries.values()) {
      for (Variant v : Variant.values()) {
        s.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s | %s |%n", sum.files(),
            sum.cookies(), v.label, fmt(sum.stats(v, Run::wall), 2),
            fmt(sum.stats(v, Run::cpu), 2), fmt(sum.stats(v, Run::rssMb), 0)));
      }
    }
    s.append("\nRatios: median [min–max] of the per-round ratios (cookieledger = C, floor = B,"
        + " off = A).\n\n");
    s.append("| files | cookies | rounds (contended counted / repeated) | wall C/B | wall C/A | CPU C/B | RSS C/B |"
        + " RSS C/A | C−B wall s | floor B/A |\n");
    s.append("|---:|---:|---|---|---|---|---|---|---|---|\n");
    for (Summary sum : summaries.values()) {
      s.append(String.format(Locale.ROOT, "| %d | %d | %d (%d / %d) | **%s** | %s | %s | **%s** |"
              + " %s | %+.2f [%+.2f–%+.2f] | %.3f |%n",
          sum.files(), sum.cookies(), sum.rounds().size(), sum.countedContended(),
          sum.contendedRounds(),
          ratio(sum.ratio(Variant.COOKIELEDGER, Variant.FLOOR, Run::wall)),
          ratio(sum.ratio(Variant.COOKIELEDGER, Variant.OFF, Run::wall)),
          ratio(sum.ratio(Variant.COOKIELEDGER, Variant.FLOOR, Run::cpu)),
          ratio(sum.ratio(Variant.COOKIELEDGER, Variant.FLOOR, Run::rssMb)),
          ratio(sum.ratio(Variant.COOKIELEDGER, Variant.OFF, Run::rssMb)),
          sum.difference(Variant.COOKIELEDGER, Variant.FLOOR, Run::wall).median(),
          sum.difference(Variant.COOKIELEDGER, Variant.FLOOR, Run::wall).min(),
          sum.difference(Variant.COOKIELEDGER, Variant.FLOOR, Run::wall).max(),
          sum.ratio(Variant.FLOOR, Variant.OFF, Run::wall).median()));
    }
    List<Summary> ordered = new ArrayList<>(summaries.values());
    if (ordered.size() > 1) {
      s.append("\nScaling: added time (C−B, median of per-round differences; wall and CPU)"
          + " between cookie counts.\n\n");
      s.append("| cookies | × cookies | C−B wall s | C−B CPU s | × added wall | × added CPU |\n");
      s.append("|---|---:|---|---|---:|---:|\n");
      for (int i = 1; i < ordered.size(); i++) {
        Summary a = ordered.get(i - 1);
        Summary b = ordered.get(i);
        double wallA = a.difference(Variant.COOKIELEDGER, Variant.FLOOR, Run::wall).median();
        double wallB = b.difference(Variant.COOKIELEDGER, Variant.FLOOR, Run::wall).median();
        double cpuA = a.difference(Variant.COOKIELEDGER, Variant.FLOOR, Run::cpu).median();
        double cpuB = b.difference(Variant.COOKIELEDGER, Variant.FLOOR, Run::cpu).median();
        s.append(String.format(Locale.ROOT, "| %d → %d | %.1f | %+.2f → %+.2f | %+.2f → %+.2f |"
                + " %s | %s |%n", a.cookies(), b.cookies(), (double) b.cookies() / a.cookies(),
            wallA, wallB, cpuA, cpuB, times(wallB, wallA), times(cpuB, cpuA)));
      }
      s.append("\n(× added is only meaningful when the added time is well above the noise;"
          + " a non-positive added time means cookieledger was within noise of the floor.)\n");
    }
    return s.toString();
  }

  private static String times(double b, double a) {
    return a > 0 && b > 0 ? String.format(Locale.ROOT, "%.1f", b / a) : "n/a";
  }

  private static String fmt(Stats st, int decimals) {
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", st.median(), st.min(),
        st.max());
  }

  private static String ratio(Stats st) {
    return String.format(Locale.ROOT, "%.3f [%.2f–%.2f]", st.median(), st.min(), st.max());
  }
}
