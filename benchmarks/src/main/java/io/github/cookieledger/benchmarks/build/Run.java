package io.github.cookieledger.benchmarks.build;

import java.util.Locale;

/**
 * One timed compile.
 *
 * @param variant how it compiled
 * @param round the round it belongs to (0 = warm-up)
 * @param wall wall-clock seconds, fork to exit
 * @param user user CPU seconds of javac (all threads)
 * @param sys system CPU seconds of javac
 * @param rssMb peak resident memory of javac, MB
 * @param otherCpu CPU seconds other processes used during the run
 * @param steal seconds of CPU the hypervisor took during the run
 * @param flagged whether other load or steal was large enough to distort the run
 */
record Run(Variant variant, int round, double wall, double user, double sys, double rssMb,
    double otherCpu, double steal, boolean flagged) {

  double cpu() {
    return user + sys;
  }

  String json(int files, int cookies) {
    return String.format(Locale.ROOT,
        "{\"files\":%d,\"cookies\":%d,\"variant\":\"%s\",\"round\":%d,\"wall\":%.3f,"
            + "\"user\":%.2f,\"sys\":%.2f,\"cpu\":%.2f,\"rssMb\":%.1f,\"otherCpu\":%.2f,"
            + "\"steal\":%.2f,\"flagged\":%b}",
        files, cookies, variant.label, round, wall, user, sys, cpu(), rssMb, otherCpu, steal,
        flagged);
  }
}
