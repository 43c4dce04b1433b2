package org.example.springportal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The executable jar, started as the README starts it ({@code java -jar ... --server.port=0}, so
 * on a free port), until closed. Its output is kept for failure messages.
 */
final class RunningJar implements AutoCloseable {
  static final Path JAR = Paths.get(System.getProperty("sample.jar",
      "target/cookieledger-spring-boot-sample.jar"));
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

  private final Process process;
  private final List<String> output;
  private final URI base;

  private RunningJar(Process process, List<String> output, URI base) {
    this.process = process;
    this.output = output;
    this.base = base;
  }

  static RunningJar start() throws Exception {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " missing: run mvn package");
    }
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "--server.port=0")
        .redirectErrorStream(true)
        .start();
    List<String> lines = new CopyOnWriteArrayList<>();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
          Matcher started = STARTED.matcher(line);
          if (started.find()) {
            port.complete(Integer.parseInt(started.group(1)));
          }
        }
      } catch (IOException e) {
        port.completeExceptionally(e);
      }
      port.completeExceptionally(new IllegalStateException("the jar stopped: " + lines));
    }, "sample-output");
    reader.setDaemon(true);
    reader.start();
    try {
      int number = port.get(120, TimeUnit.SECONDS);
      return new RunningJar(process, lines, URI.create("http://localhost:" + number));
    } catch (Exception e) {
      process.destroy();
      throw new IllegalStateException("the jar did not start: " + lines, e);
    }
  }

  URI base() {
    return base;
  }

  /** @return every line the site has printed so far */
  List<String> output() {
    return List.copyOf(output);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
