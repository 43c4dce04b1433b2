package io.github.cookieledger.benchmarks.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine-wide CPU counters of {@code /proc/stat} (first line, in clock ticks of 1/100 s):
 * busy time (everything but idle and iowait) and steal. The difference across a run, less the
 * compiler's own CPU time, is what other processes used meanwhile.
 */
record CpuSnapshot(long busyTicks, long stealTicks) {
  static final double TICK_SECONDS = 0.01; // USER_HZ is 100 on Linux

  static CpuSnapshot read() {
    try {
      String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] f = line.trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal guest guest_nice
      long busy = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(f[i]);
        }
      }
      return new CpuSnapshot(busy, f.length > 8 ? Long.parseLong(f[8]) : 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /proc/stat: the build benchmark needs Linux", e);
    }
  }

  double busySecondsSince(CpuSnapshot before) {
    return (busyTicks - before.busyTicks) * TICK_SECONDS;
  }

  double stealSecondsSince(CpuSnapshot before) {
    return (stealTicks - before.stealTicks) * TICK_SECONDS;
  }
}
