package io.github.cookieledger.benchmarks.jmh;

import io.github.cookieledger.Category;
import io.github.cookieledger.Consent;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link Consent#parse}: reading the stored choice on every request. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ConsentBenchmark {
  private static final String REVISION = "3f9a1c2e";
  private static final Duration LIFETIME = Duration.ofDays(180);
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  private String stored;
  private String storedUnderOldRevision;
  private String garbage;
  private Consent consent;

  @Setup
  public void setUp() {
    consent = Consent.of(Category.FUNCTIONAL, Category.STATISTICS, Category.MARKETING)
        .madeAt(NOW.minusSeconds(3600));
    stored = new String(consent.format(REVISION).toCharArray());
    storedUnderOldRevision = new String(consent.format("0badc0de").toCharArray());
    garbage = new String("<script>alert(1)</script>".toCharArray());
  }

  /** A current choice: {@code 2.3f9a1c2e.FSM.<seconds>.<id>}. */
  @Benchmark
  public Consent parseValid() {
    return Consent.parse(stored, REVISION, LIFETIME, NOW);
  }

  /** A choice made under another revision: necessary only, ask again. */
  @Benchmark
  public Consent parseOtherRevision() {
    return Consent.parse(storedUnderOldRevision, REVISION, LIFETIME, NOW);
  }

  @Benchmark
  public Consent parseGarbage() {
    return Consent.parse(garbage, REVISION, LIFETIME, NOW);
  }

  @Benchmark
  public String format() {
    return consent.format(REVISION);
  }
}
