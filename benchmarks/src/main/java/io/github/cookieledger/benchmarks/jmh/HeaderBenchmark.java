package io.github.cookieledger.benchmarks.jmh;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.Party;
import io.github.cookieledger.SameSite;
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

/** {@link CookieDefinition#setCookieHeader}: what setting a declared cookie costs per response. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class HeaderBenchmark {
  private CookieDefinition session;
  private CookieDefinition persistent;
  private CookieDefinition pattern;
  private String value;
  private String concreteName;

  @Setup
  public void setUp() {
    session = CookieDefinition.builder("sessionid").provider("Opendatasoft")
        .purpose("To remember the user from one page to another").category(Category.NECESSARY)
        .build();
    persistent = CookieDefinition.builder("csrftoken").provider("Opendatasoft")
        .purpose("Protects forms against cross-site request forgery").category(Category.NECESSARY)
        .duration("P1Y").domain("data.example.org").sameSite(SameSite.STRICT).build();
    pattern = CookieDefinition.builder("_ga_*").provider("Google Analytics")
        .purpose("Counts visits").category(Category.STATISTICS).party(Party.THIRD_PARTY)
        .duration("P13M").build();
    value = "3f9a1c2e0b7d4e6fa1c2e0b7d4e6f3f9"; // a 32-character session id
    concreteName = new String("_ga_G1234ABCD".toCharArray());
  }

  /** Session cookie: Path, Secure, HttpOnly, SameSite. */
  @Benchmark
  public String setCookieHeaderSession() {
    return session.setCookieHeader(value);
  }

  /** Persistent cookie: Path, Domain, Max-Age, Secure, HttpOnly, SameSite. */
  @Benchmark
  public String setCookieHeaderPersistent() {
    return persistent.setCookieHeader(value);
  }

  /** A pattern's concrete name: the match is checked first. */
  @Benchmark
  public String setCookieHeaderPattern() {
    return pattern.setCookieHeader(concreteName, value);
  }
}
