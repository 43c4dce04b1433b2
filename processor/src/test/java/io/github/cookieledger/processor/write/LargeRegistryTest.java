package io.github.cookieledger.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.TestCompiler;
import io.github.cookieledger.processor.testing.LoadedRegistry;
import io.github.cookieledger.processor.testing.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4: a registry of 10,000 cookies still compiles (one class's static initialiser holds at
 * most 64 KB of code, its constant pool 65,535 entries) and works.
 */
class LargeRegistryTest {
  static final int COOKIES = 10_000;
  static final int PER_CLASS = 250;

  /**
   * 10,000 declarations on fields of 40 classes; every tenth is a pattern; names, purposes,
   * functions and domains all unique (the registry's {@code @GeneratedRegistry} alone then holds
   * some 50,000 constant-pool entries).
   */
  static List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    for (int start = 0; start < COOKIES; start += PER_CLASS) {
      List<String> lines = new ArrayList<>(List.of("package com.example.big;", "",
          "import io.github.cookieledger.*;", "", "class Cookies" + start + " {"));
      for (int i = start; i < start + PER_CLASS; i++) {
        Category category = category(i);
        String name = name(i);
        lines.add(String.format(Locale.ROOT, "  @Cookie(name = \"%s\", constant = \"%s\","
            + " provider = \"Provider %d\", purpose = \"Purpose number %d, said in words\","
            + " function = \"Function %d\", domain = \"d%d.example.org\","
            + " category = Category.%s, duration = \"P%dD\")", name, constant(i), i % 37, i, i, i,
            category,
            1 + i % 300));
        lines.add("  int f" + i + ";");
      }
      lines.add("}");
      sources.add(Source.of("com.example.big.Cookies" + start, lines.toArray(new String[0])));
    }
    return sources;
  }

  /**
   * {@code C<i>}, but a few constants named like what the generated parts and the table class use,
   * or like a package the generated code names.
   */
  static String constant(int i) {
    return i < HOSTILE_CONSTANTS.size() ? HOSTILE_CONSTANTS.get(i) : "C" + i;
  }

  static final List<String> HOSTILE_CONSTANTS =
      List.of("CHUNK0", "io", "TABLE", "Part0", "Part1", "cookie", "index", "java", "Index");

  private static String name(int i) {
    return i % 10 == 0 ? "p" + i + "_*" : "cookie" + i;
  }

  private static Category category(int i) {
    return Category.values()[i % Category.values().length];
  }

  @Test
  void tenThousandCookiesCompileAndWork(@TempDir Path temp) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    List<Source> sources = new ArrayList<>(sources());
    sources.add(Source.of("com.example.other.Use",
        "package com.example.other;",
        "public class Use {",
        "  public static Object last() { return com.example.big.CookieRegistry.C9999; }",
        "}"));
    Compiled output = TestCompiler.JAVAC.compileOnDisk(temp, List.of(), sources);
    // javac runs in this thread: its CPU time is the compile's, whatever else the machine does
    System.out.printf(Locale.ROOT, "[LargeRegistryTest] %d cookies: javac with the processor took"
        + " %d ms (%d ms CPU)%n", COOKIES, (System.nanoTime() - started) / 1_000_000,
        (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    assertTrue(output.success(), () -> output.log().lines().limit(20)
        .reduce("", (a, b) -> a + "\n" + b));
    try (LoadedRegistry registry = new LoadedRegistry(output.classes(),
        "com.example.big.CookieRegistry")) {
      List<String> expected = IntStream.range(0, COOKIES).boxed()
          .sorted(Comparator.comparing(LargeRegistryTest::category)
              .thenComparing(LargeRegistryTest::name))
          .map(LargeRegistryTest::name).toList();
      assertEquals(expected, registry.all().stream().map(CookieDefinition::name).toList());
      assertEquals("cookie4321", registry.find("cookie4321").orElseThrow().name());
      assertEquals("p4320_*", registry.find("p4320_abc").orElseThrow().name());
      CookieDefinition last = (CookieDefinition) registry.field("C9999");
      assertEquals("Purpose number 9999, said in words", last.purpose());
      for (int i = 0; i < HOSTILE_CONSTANTS.size(); i++) {
        assertEquals(name(i), ((CookieDefinition) registry.field(constant(i))).name());
      }
      assertSame(last, registry.load("com.example.other.Use").getMethod("last").invoke(null),
          "code in another package reads the constant through the registry");
      assertEquals(COOKIES / 4, registry.byCategory(Category.MARKETING).size());
      assertTrue(((String) registry.field("REVISION")).matches("[0-9a-f]{8}"));
    }
  }
}
