package io.github.cookieledger.processor.spanning;

import static io.github.cookieledger.processor.spanning.PartialBuildTest.assertSameBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Cookie;
import io.github.cookieledger.processor.CookieProcessor;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4: the same declarations give byte-identical files whatever the order of the source files
 * or the JDK (17 to 25).
 */
class DeterminismTest {
  static final Path JDK_25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64");
  static final Path JDK_17 = Paths.get("/usr/lib/jvm/java-17-openjdk-amd64");

  @TempDir Path temp;

  @Test
  void sourceFilesInOppositeOrdersGiveTheSameBytes() {
    for (TestCompiler compiler : TestCompiler.values()) {
      DiskBuild forward = DiskBuild.of(temp.resolve(compiler + "-forward"), "portal");
      forward.compile(compiler, forward.allSources()).assertSuccess();
      DiskBuild backward = DiskBuild.of(temp.resolve(compiler + "-backward"), "portal");
      List<String> reversed = new ArrayList<>(backward.allSources());
      Collections.reverse(reversed);
      backward.compile(compiler, reversed).assertSuccess();

      Map<String, byte[]> outputs = forward.outputs();
      assertTrue(outputs.size() >= 3, outputs.keySet().toString());
      assertSameBytes(outputs, backward.outputs());
    }
  }

  @Test
  void jdk17AndJdk25GiveTheSameBytes() throws Exception {
    Path jdk17 = Runtime.version().feature() == 17
        ? Paths.get(System.getProperty("java.home")) : JDK_17;
    Assumptions.assumeTrue(Files.isExecutable(JDK_25.resolve("bin/javac")),
        "no JDK 25 at " + JDK_25 + ": the JDK 17/25 comparison is skipped");
    Assumptions.assumeTrue(Files.isExecutable(jdk17.resolve("bin/javac")),
        "no JDK 17 at " + jdk17 + ": the JDK 17/25 comparison is skipped");

    DiskBuild on17 = DiskBuild.of(temp.resolve("jdk17"), "portal");
    javacProcess(jdk17, on17);
    DiskBuild on25 = DiskBuild.of(temp.resolve("jdk25"), "portal");
    javacProcess(JDK_25, on25);
    DiskBuild inProcess = DiskBuild.of(temp.resolve("here"), "portal");
    inProcess.compileAll(TestCompiler.JAVAC).assertSuccess();

    assertTrue(on17.cookiesJson().contains("\"sessionid\""), on17.cookiesJson());
    assertSameBytes(on17.outputs(), on25.outputs());
    assertSameBytes(inProcess.outputs(), on25.outputs());
  }

  /** Runs that JDK's own javac, as a build tool would, with the processor on -processorpath. */
  private static void javacProcess(Path jdk, DiskBuild build) throws IOException,
      InterruptedException {
    // the test class path holds the processor and every library it uses (whatever they become)
    String processorPath = Stream.concat(
            Stream.of(TestCompiler.codeSource(CookieProcessor.class).toString()),
            Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)))
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(),
        "--release", "17",
        "-encoding", "UTF-8",
        "-cp", TestCompiler.codeSource(Cookie.class) + File.pathSeparator + build.out,
        "-processorpath", processorPath,
        "-processor", CookieProcessor.class.getName(),
        "-d", build.out.toString(),
        "-s", build.gen.toString()));
    build.allSources().forEach(source -> command.add(build.src.resolve(source).toString()));
    Path log = build.out.getParent().resolve("javac.log");
    Process javac = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertTrue(javac.waitFor(5, TimeUnit.MINUTES), "javac of " + jdk + " did not finish");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, javac.exitValue(), jdk + " javac failed:\n" + output);
    assertEquals("", output.strip(), jdk + " javac said something");
  }
}
