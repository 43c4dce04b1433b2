package io.github.cookieledger.benchmarks.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the numbers were measured on. */
final class Machine {
  private Machine() {}

  static String describe() {
    String cpu = "unknown CPU";
    String memory = "";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
      memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal")).findFirst()
          .map(l -> ", " + Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM")
          .orElse("");
    } catch (IOException | RuntimeException e) {
      // describe what we can
    }
    return Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + ")" + memory;
  }

  static String javacVersion(String javac) {
    try {
      Process p = new ProcessBuilder(javac, "-version").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      return v + " (" + javac + ")";
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + javac + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return javac;
    }
  }
}
