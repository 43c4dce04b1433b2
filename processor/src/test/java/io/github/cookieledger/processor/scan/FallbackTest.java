package io.github.cookieledger.processor.scan;


import static io.github.cookieledger.processor.scan.ScanCompilation.describe;
import static io.github.cookieledger.processor.scan.ScanCompilation.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.GradleLikeProcessor;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where the processing environment is not javac's own (Gradle wraps it; ECJ has its own), the
 * Trees API refuses it: the scan is skipped with one note and the build is otherwise unchanged.
 */
class FallbackTest {
  private static final String SITE = """
      package app;

      import io.github.cookieledger.Category;
      import io.github.cookieledger.Cookie;
      import java.net.HttpCookie;

      class Site {
        @Cookie(name = "sid", provider = "Us", purpose = "To test", category = Category.NECESSARY)
        void set(String value) {
          new HttpCookie("undeclared_here", value);
        }
      }
      """;

  @Test
  void aWrappedEnvironmentSkipsTheScanWithOneNote() {
    Compilation compilation = ScanCompilation.compile(new GradleLikeProcessor(),
        List.of("-Acookieledger.undeclared=error", "-Acookieledger.scanUnavailable=note"),
        List.of(JavaFileObjects.forSourceString("app.Site", SITE)));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    List<Diagnostic<? extends JavaFileObject>> notes = tagged(compilation, "[cookie-scan]");
    assertEquals(1, notes.size(), describe(compilation));
    assertEquals(Diagnostic.Kind.NOTE, notes.get(0).getKind());
    String note = notes.get(0).getMessage(Locale.ROOT);
    assertTrue(Expect.is(note, Message.SCAN_SKIPPED), note);
    assertTrue(note.contains("com.sun.proxy") || note.contains("$Proxy"), note);
    assertTrue(tagged(compilation, "[cookie-undeclared]").isEmpty(), describe(compilation));
    // everything else as usual
    assertTrue(compilation.generatedSourceFile("app.CookieRegistry").isPresent());
    assertTrue(ScanCompilation.cookiesJson(compilation).contains("\"name\": \"sid\""));
  }

  @Test
  void whereTheScanIsAGateItsAbsenceIsAnError() {
    Compilation compilation = ScanCompilation.compile(new GradleLikeProcessor(),
        List.of("-Acookieledger.undeclared=error"),
        List.of(JavaFileObjects.forSourceString("app.Site", SITE)));

    assertEquals(Compilation.Status.FAILURE, compilation.status(), describe(compilation));
    List<Diagnostic<? extends JavaFileObject>> errors = tagged(compilation, "[cookie-scan]");
    assertEquals(1, errors.size(), describe(compilation));
    assertEquals(Diagnostic.Kind.ERROR, errors.get(0).getKind());
    String message = errors.get(0).getMessage(Locale.ROOT);
    assertTrue(Expect.is(message, Message.SCAN_UNAVAILABLE), message);
    assertEquals(1, compilation.errors().size(), describe(compilation));
  }

  @Test
  void aBadScanUnavailableValueIsAnOptionError() {
    Compilation compilation = ScanCompilation.compile(new GradleLikeProcessor(),
        List.of("-Acookieledger.scanUnavailable=ignore"),
        List.of(JavaFileObjects.forSourceString("app.Site", SITE)));

    assertEquals(Compilation.Status.FAILURE, compilation.status(), describe(compilation));
    assertTrue(Expect.is(tagged(compilation, "[cookie-option]").get(0).getMessage(Locale.ROOT),
        Message.OPTION_SCAN_UNAVAILABLE, "cookieledger.scanUnavailable", "ignore"),
        describe(compilation));
  }

  @Test
  void offNeedsNoNote() {
    Compilation compilation = ScanCompilation.compile(new GradleLikeProcessor(),
        List.of("-Acookieledger.undeclared=off"),
        List.of(JavaFileObjects.forSourceString("app.Site", SITE)));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    assertTrue(tagged(compilation, "[cookie-").isEmpty(), describe(compilation));
  }
}
