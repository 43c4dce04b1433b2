package io.github.cookieledger.benchmarks.jmh;

import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.CookieIndex;
import io.github.cookieledger.benchmarks.corpus.CorpusCookie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A registry's {@code find()} ({@link CookieIndex#find}) against {@code HashMap.get} of the same
 * names: exact names, concrete names that only a pattern covers, and names nothing covers (every
 * pattern is tried).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FindBenchmark {
  @Param({"10", "2000"})
  int size;

  private CookieIndex index;
  private Map<String, CookieDefinition> hashMap;
  private String[] exactNames;
  private String[] patternNames;
  private String[] unknownNames;
  private int next;

  @Setup
  public void setUp() {
    List<CorpusCookie> cookies = Registries.cookies(size);
    List<CookieDefinition> definitions = Registries.definitions(cookies);
    index = CookieIndex.of(definitions);
    hashMap = new HashMap<>();
    definitions.forEach(d -> hashMap.put(d.name(), d));
    List<String> exact = new ArrayList<>();
    List<String> patterned = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (CorpusCookie c : cookies) {
      if (!c.isPattern()) {
        exact.add(c.name());
        unknown.add("zz" + c.name() + "~"); // covered by nothing
      } else if (index.find(c.example()).filter(CookieDefinition::isPattern).isPresent()) {
        patterned.add(c.example());
      }
    }
    for (String name : unknown) {
      if (index.find(name).isPresent()) {
        throw new IllegalStateException(name + " should be covered by no declaration");
      }
    }
    exactNames = Registries.cycle(exact, 1);
    patternNames = Registries.cycle(patterned, 2);
    unknownNames = Registries.cycle(unknown, 3);
  }

  private int nextIndex() {
    next = (next + 1) & (Registries.NAMES - 1);
    return next;
  }

  /** The baseline: a plain map lookup of the same exact names. */
  @Benchmark
  public CookieDefinition hashMapGet() {
    return hashMap.get(exactNames[nextIndex()]);
  }

  @Benchmark
  public Optional<CookieDefinition> findExact() {
    return index.find(exactNames[nextIndex()]);
  }

  @Benchmark
  public Optional<CookieDefinition> findPattern() {
    return index.find(patternNames[nextIndex()]);
  }

  @Benchmark
  public Optional<CookieDefinition> findUnknown() {
    return index.find(unknownNames[nextIndex()]);
  }
}
