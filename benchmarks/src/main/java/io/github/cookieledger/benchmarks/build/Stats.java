package io.github.cookieledger.benchmarks.build;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Median, minimum and maximum. */
record Stats(double median, double min, double max) {
  static <T> Stats of(List<T> items, ToDoubleFunction<T> value) {
    double[] v = items.stream().mapToDouble(value).toArray();
    return of(v);
  }

  static Stats of(double[] values) {
    if (values.length == 0) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN);
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return new Stats(median, v[0], v[n - 1]);
  }
}
