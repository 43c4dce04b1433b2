package io.github.cookieledger.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Cookie;
import io.github.cookieledger.processor.CookieProcessor;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Eclipse compiler offers no source trees, so the scan cannot run there. A build that made
 * the scan a gate ({@code -Acookieledger.undeclared=error}) fails rather than pass unseen, unless
 * it accepts the gap with {@code -Acookieledger.scanUnavailable=note}; otherwise a note.
 */
class EcjGateTest {
  private static final String SITE = """
      package app;

      import io.github.cookieledger.Category;
      import io.github.cookieledger.Cookie;

      class Site {
        @Cookie(name = "sid", provider = "Us", purpose = "To test", category = Category.NECESSARY)
        void set(String value) {
          new java.net.HttpCookie("unseen_under_ecj", value);
        }
      }
      """;

  @TempDir Path temp;

  private record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> scan,
      String log) {}

  private Result ecj(String... processorOptions) throws IOException, URISyntaxException {
    Path file = temp.resolve("src/app/Site.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, SITE, StandardCharsets.UTF_8);
    Files.createDirectories(temp.resolve("out"));
    Files.createDirectories(temp.resolve("gen"));
    List<String> options = new ArrayList<>(List.of("--release", "17",
        "-d", temp.resolve("out").toString(), "-s", temp.resolve("gen").toString(),
        "-cp", Path.of(Cookie.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString()));
    options.addAll(List.of(processorOptions));
    EclipseCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8);
    JavaCompiler.CompilationTask task = ecj.getTask(new PrintWriter(new StringWriter()), files,
        diagnostics, options, null, files.getJavaFileObjects(file.toFile()));
    task.setProcessors(List.of(new CookieProcessor()));
    boolean success = task.call();
    String log = diagnostics.getDiagnostics().stream()
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    List<Diagnostic<? extends JavaFileObject>> scan = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[cookie-scan]"))
        .collect(Collectors.toList());
    return new Result(success, scan, log);
  }

  @Test
  void byDefaultTheSkipIsANote() throws Exception {
    Result result = ecj();

    assertTrue(result.success(), result.log());
    assertEquals(1, result.scan().size(), result.log());
    assertEquals(Diagnostic.Kind.NOTE, result.scan().get(0).getKind(), result.log());
  }

  @Test
  void aGateThatCannotRunFailsTheBuild() throws Exception {
    Result result = ecj("-Acookieledger.undeclared=error");

    assertTrue(!result.success(), result.log());
    assertEquals(1, result.scan().size(), result.log());
    assertEquals(Diagnostic.Kind.ERROR, result.scan().get(0).getKind(), result.log());
    assertTrue(Expect.is(result.scan().get(0).getMessage(Locale.ROOT), Message.SCAN_UNAVAILABLE),
        result.log());
    assertTrue(Files.exists(temp.resolve("gen/app/CookieRegistry.java")),
        "the registry is still generated, so nothing else cascades:\n" + result.log());
  }

  @Test
  void aTeamCanAcceptTheGap() throws Exception {
    Result result = ecj("-Acookieledger.undeclared=error", "-Acookieledger.scanUnavailable=note");

    assertTrue(result.success(), result.log());
    assertEquals(Diagnostic.Kind.NOTE, result.scan().get(0).getKind(), result.log());
  }
}
