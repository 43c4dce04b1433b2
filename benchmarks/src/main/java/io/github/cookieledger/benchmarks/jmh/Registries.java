package io.github.cookieledger.benchmarks.jmh;

import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.benchmarks.corpus.CorpusCookie;
import io.github.cookieledger.benchmarks.corpus.OpenCookieDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Registries for the benchmarks, built from the Open Cookie Database like a generated one. */
final class Registries {
  /** Lookups cycle through this many names (a power of two, so the index is a mask). */
  static final int NAMES = 4096;

  private Registries() {}

  /**
   * @param size how many cookies: the database's own mix for large registries (about one in
   *     nine a pattern); three patterns in small ones, so pattern lookups have something to find
   * @return the cookies
   */
  static List<CorpusCookie> cookies(int size) {
    if (size >= 100) {
      return OpenCookieDatabase.sample(size);
    }
    List<CorpusCookie> all = OpenCookieDatabase.sample(OpenCookieDatabase.cookies().size());
    int patterns = Math.min(3, size / 3);
    List<CorpusCookie> picked = new ArrayList<>();
    for (CorpusCookie c : all) {
      if (c.isPattern() && patterns > 0) {
        picked.add(c);
        patterns--;
      }
    }
    for (CorpusCookie c : all) {
      if (!c.isPattern() && picked.size() < size) {
        picked.add(c);
      }
    }
    return picked;
  }

  static List<CookieDefinition> definitions(List<CorpusCookie> cookies) {
    List<CookieDefinition> definitions = new ArrayList<>(cookies.size());
    cookies.forEach(c -> definitions.add(c.definition()));
    return definitions;
  }

  /**
   * Names to look up, cycled: fresh String instances (as parsed from a request header), in a
   * shuffled order so neither lookup benefits from a predictable sequence.
   */
  static String[] cycle(List<String> names, long seed) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no names to look up");
    }
    String[] out = new String[NAMES];
    for (int i = 0; i < NAMES; i++) {
      out[i] = new String(names.get(i % names.size()).toCharArray());
    }
    Random random = new Random(seed);
    for (int i = NAMES - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    return out;
  }
}
