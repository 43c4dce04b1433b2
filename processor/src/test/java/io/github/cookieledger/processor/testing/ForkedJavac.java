package io.github.cookieledger.processor.testing;

import io.github.cookieledger.processor.CookieProcessor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Runs javac with the processor in a JVM of its own, so a test can choose that JVM's default
 * locale and charset. Prints them first (so the test can check they took effect), then compiles
 * every source under {@code <root>/src} into {@code <root>/classes} and {@code <root>/generated},
 * without {@code -encoding}: javac and the processor see the platform defaults.
 */
public final class ForkedJavac {
  private ForkedJavac() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    System.out.println("defaults: " + Locale.getDefault().toLanguageTag() + " "
        + Charset.defaultCharset().name());
    List<String> javacArgs = new ArrayList<>(List.of(
        "-classpath", System.getProperty("java.class.path"),
        "-processor", CookieProcessor.class.getName(),
        "-d", Files.createDirectories(root.resolve("classes")).toString(),
        "-s", Files.createDirectories(root.resolve("generated")).toString()));
    try (Stream<Path> files = Files.walk(root.resolve("src"))) {
      files.filter(f -> f.toString().endsWith(".java")).sorted()
          .forEach(f -> javacArgs.add(f.toString()));
    }
    System.exit(ToolProvider.getSystemJavaCompiler().run(null, null, null,
        javacArgs.toArray(new String[0])));
  }

  /**
   * Writes the sources under {@code root/src} and compiles them in a new JVM started with the
   * given system properties ({@code -Duser.language=tr}, ...).
   *
   * @return what the forked JVM printed
   */
  public static String run(Path root, List<String> jvmProperties, List<Source> sources)
      throws IOException, InterruptedException {
    for (Source source : sources) {
      Path file = root.resolve("src").resolve(source.qualifiedName().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      DiskCompile.write(file, source.text());
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmProperties);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        ForkedJavac.class.getName(), root.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), Charset.defaultCharset());
    if (process.waitFor() != 0) {
      throw new AssertionError("forked javac failed:\n" + printed);
    }
    return printed;
  }
}
