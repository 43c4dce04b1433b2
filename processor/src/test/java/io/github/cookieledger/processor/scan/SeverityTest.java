package io.github.cookieledger.processor.scan;

import static io.github.cookieledger.processor.scan.ScanCompilation.describe;
import static io.github.cookieledger.processor.scan.ScanCompilation.lineOf;
import static io.github.cookieledger.processor.scan.ScanCompilation.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Expect;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code -Acookieledger.undeclared}: warning (default), error with the count note, off. */
class SeverityTest {
  private static final String SITE = """
      package app;

      import com.sun.net.httpserver.Headers;
      import io.github.cookieledger.Category;
      import io.github.cookieledger.Cookie;
      import java.net.HttpCookie;

      class Site {
        @Cookie(name = "sid", provider = "Us", purpose = "To test", category = Category.NECESSARY)
        void set(Headers headers, String name, String value) {
          new HttpCookie("lang", value); // undeclared
          new HttpCookie(name, value); // not a constant
          headers.add("Set-Cookie", value); // no constant prefix
          headers.add("Set-Cookie", CookieRegistry.SID.setCookieHeader(value)); // registry
          new HttpCookie(CookieRegistry.SID.name(), value); // registry name
          headers.add("Set-Cookie", value.isEmpty() ? CookieRegistry.SID.expireCookieHeader()
              : (CookieRegistry.SID.setCookieHeader(value))); // registry, either way
          headers.add("Set-Cookie", "sid=" + value); // declared
          headers.add("Content-Type", "text/html"); // another header
        }
      }
      """;

  private static Compilation compile(String... options) {
    return ScanCompilation.compile(List.of(options),
        List.of(JavaFileObjects.forSourceString("app.Site", SITE)));
  }

  @Test
  void warnsByDefaultAndCountsNothing() {
    Compilation compilation = compile();

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    List<Diagnostic<? extends JavaFileObject>> undeclared =
        tagged(compilation, "[cookie-undeclared]");
    assertEquals(1, undeclared.size(), describe(compilation));
    assertEquals(Diagnostic.Kind.WARNING, undeclared.get(0).getKind());
    assertEquals(lineOf(SITE, "// undeclared"), undeclared.get(0).getLineNumber());
    // the summary is printed in warning mode too: a warning cap cannot hide what the scan saw
    assertTrue(Expect.is(ScanCompilation.summary(compilation), Message.SCAN_SUMMARY_UNRESOLVED, 2,
        1, 0, 2), describe(compilation));
  }

  @Test
  void errorFailsTheBuildAndCountsTheNamesTheScanCannotSee() {
    Compilation compilation = compile("-Acookieledger.undeclared=error");

    assertEquals(Compilation.Status.FAILURE, compilation.status(), describe(compilation));
    List<Diagnostic<? extends JavaFileObject>> undeclared =
        tagged(compilation, "[cookie-undeclared]");
    assertEquals(1, undeclared.size(), describe(compilation));
    assertEquals(Diagnostic.Kind.ERROR, undeclared.get(0).getKind());
    assertEquals(lineOf(SITE, "// undeclared"), undeclared.get(0).getLineNumber());
    assertTrue(undeclared.get(0).getMessage(Locale.ROOT).contains("cookie \"lang\""));
    // the registry's constants are declared by construction: only the two real unknowns count
    String summary = ScanCompilation.summary(compilation);
    assertTrue(Expect.is(summary, Message.SCAN_SUMMARY_UNRESOLVED, 2, 1, 0, 2,
        "Site.java:" + lineOf(SITE, "// not a constant") + ", Site.java:"
            + lineOf(SITE, "// no constant prefix")), summary);
    assertEquals(1, compilation.errors().size(), describe(compilation));
  }

  @Test
  void offTurnsTheScanOff() {
    Compilation compilation = compile("-Acookieledger.undeclared=off");

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    assertTrue(tagged(compilation, "[cookie-").isEmpty(), describe(compilation));
    assertTrue(ScanCompilation.cookiesJson(compilation).contains("\"name\": \"sid\""));
  }

  @Test
  void withoutAnyDeclarationEveryConstantNameIsUndeclared() {
    String plain = """
        package app;

        import java.net.HttpCookie;

        class Plain {
          static final HttpCookie FIELD = new HttpCookie("from_field", "v"); // field
          void set(String value) {
            new HttpCookie("from_method", value); // method
          }
        }
        """;
    Compilation compilation = ScanCompilation.compile(List.of(),
        List.of(JavaFileObjects.forSourceString("app.Plain", plain)));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    List<Diagnostic<? extends JavaFileObject>> undeclared =
        tagged(compilation, "[cookie-undeclared]");
    assertEquals(2, undeclared.size(), describe(compilation));
    assertEquals(lineOf(plain, "// field"), undeclared.get(0).getLineNumber());
    assertTrue(Expect.is(undeclared.get(0).getMessage(Locale.ROOT), Message.UNDECLARED_CREATED,
        "from_field", "app.Plain#FIELD"));
    assertEquals(lineOf(plain, "// method"), undeclared.get(1).getLineNumber());
    assertTrue(Expect.is(undeclared.get(1).getMessage(Locale.ROOT), Message.UNDECLARED_CREATED,
        "from_method", "app.Plain#set(java.lang.String)"));
    assertEquals(List.of(), compilation.generatedSourceFiles(), "nothing declared, no registry");
  }
}
