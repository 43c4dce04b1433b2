package io.github.cookieledger.benchmarks.build;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The counted rounds of one scenario.
 *
 * @param files classes in the corpus
 * @param cookies {@code @Cookie} declarations in the corpus
 * @param rounds the counted rounds, each with one run per variant
 * @param contendedRounds rounds repeated because other processes used the CPU
 * @param countedContended how many of the counted rounds were contended (a busy machine)
 */
record Summary(int files, int cookies, List<Map<Variant, Run>> rounds, int contendedRounds,
    int countedContended) {

  Stats stats(Variant v, ToDoubleFunction<Run> metric) {
    return Stats.of(rounds.stream().mapToDouble(r -> metric.applyAsDouble(r.get(v))).toArray());
  }

  /** Median (and range) of the per-round ratios: pairs from one round share the machine's state. */
  Stats ratio(Variant numerator, Variant denominator, ToDoubleFunction<Run> metric) {
    return Stats.of(rounds.stream()
        .mapToDouble(r -> metric.applyAsDouble(r.get(numerator))
            / metric.applyAsDouble(r.get(denominator)))
        .toArray());
  }

  /** Median of the per-round differences, e.g. the seconds cookieledger adds to the floor. */
  Stats difference(Variant minuend, Variant subtrahend, ToDoubleFunction<Run> metric) {
    return Stats.of(rounds.stream()
        .mapToDouble(r -> metric.applyAsDouble(r.get(minuend))
            - metric.applyAsDouble(r.get(subtrahend)))
        .toArray());
  }
}
