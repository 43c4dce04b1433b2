package io.github.cookieledger.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import io.github.cookieledger.processor.testing.Compiled;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A project modelled on the sample app (the portal's cookies set with {@code java.net.HttpCookie}
 * and {@code Set-Cookie} header writes on {@code com.sun.net.httpserver.Headers}), compiled by
 * plain javac with the processor on {@code -processorpath}, the way Maven runs it: clean as
 * written, and each removed declaration makes the scan name its cookie at the line that sets it.
 */
class SampleSiteScanTest {
  private static final Path PORTAL = Path.of("org", "example", "portal");

  @TempDir Path work;
  private Path sources;

  @BeforeEach
  void copyProject() throws IOException, URISyntaxException {
    Path project = Path.of(SampleSiteScanTest.class.getResource("/scan/portal").toURI());
    sources = work.resolve("src");
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Path target = sources.resolve(project.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  @Test
  void theProjectAsWrittenIsClean() throws IOException {
    Compiled diagnostics = compile();

    assertEquals(List.of(), cookieledger(diagnostics), describe(diagnostics));
    assertTrue(diagnostics.diagnostics().stream()
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR), describe(diagnostics));
    assertTrue(Files.exists(work.resolve("classes/META-INF/cookies/cookies.json")));
  }

  @Test
  void aCookieNameTheScanCannotReadIsCountedInOneNote() throws IOException {
    // The note is the scan's only output here, written when javac's compilation ends: the
    // processor's class loader must still serve the classes it needs then.
    Files.writeString(sources.resolve(PORTAL).resolve("Echo.java"), """
        package org.example.portal;

        import com.sun.net.httpserver.Headers;

        final class Echo {
          private Echo() {}

          static void echo(Headers response, String incoming) {
            response.add("Set-Cookie", incoming);
          }
        }
        """, StandardCharsets.UTF_8);

    Compiled diagnostics = compile();

    assertEquals(List.of(), cookieledger(diagnostics), describe(diagnostics));
    String summary = summary(diagnostics);
    assertTrue(Expect.is(summary, Message.SCAN_SUMMARY_UNRESOLVED, null, 0, 0, 1, "Echo.java:9"),
        summary);
  }

  @Test
  void aPartialBuildStillKnowsTheCookiesOfClassesNotRecompiled() throws IOException {
    Path echo = sources.resolve(PORTAL).resolve("SessionEcho.java");
    Files.writeString(echo, """
        package org.example.portal;

        import com.sun.net.httpserver.Headers;

        final class SessionEcho {
          private SessionEcho() {}

          static void echo(Headers response, String id) {
            response.add("Set-Cookie", "sessionid=" + id); // declared in Login
            response.add("Set-Cookie", "echo=" + id); // declared nowhere
          }
        }
        """, StandardCharsets.UTF_8);
    assertEquals(1, cookieledger(compile()).size(), "the full build names echo");

    // an IDE recompiles the changed file alone; Login, which declares sessionid, is not compiled
    Compiled diagnostics = ScanCompilation.javac(
        List.of(echo.toFile()), work.resolve("classes"), List.of("-Acookieledger.undeclared=error"));

    // errors only: the full build stopped at echo's error before it wrote every class file, and
    // what the previous cookies.json lists without a class file is dropped with a warning (10.3)
    List<Diagnostic<? extends JavaFileObject>> reported = cookieledger(diagnostics).stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, reported.size(), describe(diagnostics));
    assertTrue(reported.get(0).getMessage(Locale.ROOT).startsWith(
        "[cookie-undeclared] cookie \"echo\""), describe(diagnostics));
  }

  @Test
  void testSourcesKnowTheCookiesOfTheMainClasses() throws IOException {
    assertEquals(List.of(), cookieledger(compile()), "the main sources are clean");
    Path test = work.resolve("test-src").resolve(PORTAL).resolve("LoginTest.java");
    Files.createDirectories(test.getParent());
    Files.writeString(test, """
        package org.example.portal;

        import java.net.HttpCookie;

        final class LoginTest {
          void cookies() {
            new HttpCookie("sessionid", "abc"); // declared in the main sources
            new HttpCookie("stray", "abc"); // declared nowhere
          }
        }
        """, StandardCharsets.UTF_8);

    // a module's test compilation: its own output, the main classes on the class path
    Compiled diagnostics = ScanCompilation.javac(List.of(test.toFile()),
        work.resolve("test-classes"), work.resolve("classes"),
        List.of("-Acookieledger.undeclared=error"));

    List<Diagnostic<? extends JavaFileObject>> reported = cookieledger(diagnostics);
    assertEquals(1, reported.size(), describe(diagnostics));
    assertTrue(reported.get(0).getMessage(Locale.ROOT).startsWith(
        "[cookie-undeclared] cookie \"stray\""), describe(diagnostics));
  }

  /**
   * The header writes are the response; the HttpCookie's value goes into a header, not itself
   * (created). Names the Open Cookie Database knows get a draft (known).
   */
  @ParameterizedTest(name = "without {1}")
  @CsvSource({
      "Login.java, sessionid, UNDECLARED",
      "Login.java, csrftoken, UNDECLARED_CREATED",
      "LanguageSwitch.java, django_language, UNDECLARED_KNOWN",
      "Analytics.java, _pk_ses.*, UNDECLARED_KNOWN",
  })
  void aRemovedDeclarationIsNamedAtTheLineThatSetsTheCookie(String file, String cookie,
      Message expected) throws IOException {
    Path source = sources.resolve(PORTAL).resolve(file);
    String text = removeDeclaration(Files.readString(source, StandardCharsets.UTF_8), cookie);
    Files.writeString(source, text, StandardCharsets.UTF_8);

    Compiled diagnostics = compile();

    List<Diagnostic<? extends JavaFileObject>> reported = cookieledger(diagnostics);
    assertEquals(1, reported.size(), describe(diagnostics));
    Diagnostic<? extends JavaFileObject> error = reported.get(0);
    assertEquals(Diagnostic.Kind.ERROR, error.getKind(), describe(diagnostics));
    String message = error.getMessage(Locale.ROOT);
    String concrete = cookie.replace("*", "1");
    assertTrue(Expect.is(message, expected, concrete), message);
    assertTrue(error.getSource().getName().endsWith(file), error.getSource().getName());
    assertEquals(ScanCompilation.lineOf(text, "// sets " + cookie), error.getLineNumber(), message);
  }

  /** Deletes the {@code @Cookie(...)} block whose name is the cookie (a literal or a constant). */
  private static String removeDeclaration(String text, String cookie) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int name = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.equals("name = \"" + cookie + "\",")
          || (line.equals("name = LANGUAGE,") && cookie.equals("django_language"))) {
        name = i;
      }
    }
    assertTrue(name >= 0, "no declaration of " + cookie);
    int start = name;
    while (!lines.get(start).trim().equals("@Cookie(")) {
      start--;
    }
    int end = name;
    while (!lines.get(end).trim().endsWith(")")) {
      end++;
    }
    lines.subList(start, end + 1).clear();
    return String.join("\n", lines);
  }

  private Compiled compile() throws IOException {
    return ScanCompilation.javac(sources, work.resolve("classes"),
        List.of("-Acookieledger.undeclared=error"));
  }

  @Test
  void aModularProjectIsScannedToo() throws IOException {
    Path modular = work.resolve("modular");
    Files.createDirectories(modular.resolve("app"));
    Files.writeString(modular.resolve("module-info.java"), "module app { }\n");
    Files.writeString(modular.resolve("app/Site.java"), """
        package app;

        class Site {
          java.net.HttpCookie cookie = new java.net.HttpCookie("in_a_module", "v");
        }
        """);

    Compiled diagnostics =
        ScanCompilation.javac(modular, work.resolve("modular-classes"), List.of());

    List<Diagnostic<? extends JavaFileObject>> reported = cookieledger(diagnostics);
    assertEquals(1, reported.size(), describe(diagnostics));
    assertTrue(Expect.is(reported.get(0).getMessage(Locale.ROOT), Message.UNDECLARED_CREATED,
        "in_a_module", "app.Site#cookie"), describe(diagnostics));
  }

  private static List<Diagnostic<? extends JavaFileObject>> cookieledger(
      Compiled diagnostics) {
    return diagnostics.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("[cookie-"))
        .filter(d -> !d.getMessage(Locale.ROOT).startsWith(ScanCompilation.SUMMARY))
        .collect(Collectors.toList());
  }

  private static String summary(Compiled diagnostics) {
    List<String> notes = diagnostics.diagnostics().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith(ScanCompilation.SUMMARY))
        .collect(Collectors.toList());
    assertEquals(1, notes.size(), describe(diagnostics));
    return notes.get(0);
  }

  private static String describe(Compiled diagnostics) {
    return diagnostics.diagnostics().stream()
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
            + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }
}
