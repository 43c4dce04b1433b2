package io.github.cookieledger.processor.scan;

import static io.github.cookieledger.processor.scan.ScanCompilation.describe;
import static io.github.cookieledger.processor.scan.ScanCompilation.lineOf;
import static io.github.cookieledger.processor.scan.ScanCompilation.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every place code can stand is scanned exactly once, and each report names the member that
 * holds the code as {@code cookies.json} names declaring elements.
 */
class ScanCoverageTest {
  private static final String SITE = """
      package app;

      import java.net.HttpCookie;
      import java.util.function.Supplier;

      class Site {
        static final HttpCookie FIELD = new HttpCookie("c_field", "v");
        static HttpCookie fromStatic;
        HttpCookie fromInstance;

        static {
          fromStatic = new HttpCookie("c_static", "v");
        }

        {
          fromInstance = new HttpCookie("c_instance", "v");
        }

        Site(int n) {
          new HttpCookie("c_constructor", "v");
        }

        void method() {
          Supplier<HttpCookie> lambda = () -> new HttpCookie("c_lambda", "v");
          Runnable anonymous = new Runnable() {
            @Override
            public void run() {
              new HttpCookie("c_anonymous", "v");
            }
          };
          class Local {
            void set() {
              new HttpCookie("c_local", "v");
            }
          }
        }

        static class Nested {
          void set(String[] values) {
            new HttpCookie("c_nested", values[0]);
          }
        }

        enum Kind {
          ONE;
          HttpCookie cookie() {
            return new HttpCookie("c_enum", "v");
          }
        }

        record Pair(String a) {
          HttpCookie cookie() {
            return new HttpCookie("c_record", a);
          }
        }

        interface Defaults {
          default HttpCookie cookie() {
            return new HttpCookie("c_default", "v");
          }
        }
      }

      class Second {
        void set() {
          new HttpCookie("c_second", "v");
        }
      }
      """;

  private static final String NOT_A_REGISTRY = """
      package app;

      import io.github.cookieledger.GeneratedRegistry;
      import java.net.HttpCookie;

      @GeneratedRegistry(table = {})
      final class LooksGenerated {
        static final HttpCookie SKIPPED = new HttpCookie("c_generated", "v");
      }
      """;

  @Test
  void packageInfoIsNoClassToScan() {
    Compilation compilation = ScanCompilation.compile(List.of(), List.of(
        JavaFileObjects.forSourceString("app.package-info", "/** The app. */ package app;"),
        JavaFileObjects.forSourceString("app.Site", """
            package app;

            class Site {
              java.net.HttpCookie cookie = new java.net.HttpCookie("in_a_module", "v");
            }
            """)));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    assertEquals(List.of(), tagged(compilation, "[cookie-internal]"), describe(compilation));
    assertEquals(1, tagged(compilation, "[cookie-undeclared]").size(), describe(compilation));
  }

  @Test
  void readsConstantsOfClassesNotYetAnalysed() {
    // Site is analysed before Names: javac computes Names.SID's value when the scan asks for it.
    String site = """
        package app;

        import java.net.HttpCookie;

        class Site {
          void set(String v) {
            new HttpCookie(Names.SID, v); // field of a later class
            new HttpCookie(Names.PREFIX + Names.SUFFIX, v); // concatenation across classes
          }
        }
        """;
    String names = """
        package app;

        final class Names {
          static final String PREFIX = "pre" + Names.DASH;
          static final String SID = "s" + 'i' + "d" + 1;
          static final String SUFFIX = "fix";
          static final char DASH = '-';
        }
        """;
    Compilation compilation = ScanCompilation.compile(List.of(), List.of(
        JavaFileObjects.forSourceString("app.Site", site),
        JavaFileObjects.forSourceString("app.Names", names)));

    List<Diagnostic<? extends JavaFileObject>> undeclared =
        tagged(compilation, "[cookie-undeclared]");
    assertEquals(2, undeclared.size(), describe(compilation));
    assertEquals(lineOf(site, "// field"), undeclared.get(0).getLineNumber());
    assertTrue(undeclared.get(0).getMessage(Locale.ROOT).contains("cookie \"sid1\""));
    assertEquals(lineOf(site, "// concatenation"), undeclared.get(1).getLineNumber());
    assertTrue(undeclared.get(1).getMessage(Locale.ROOT).contains("cookie \"pre-fix\""));
  }

  @Test
  void scansEveryMemberOnceAndNamesIt() {
    Compilation compilation = ScanCompilation.compile(List.of(), List.of(
        JavaFileObjects.forSourceString("app.Site", SITE),
        JavaFileObjects.forSourceString("app.LooksGenerated", NOT_A_REGISTRY)));

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    List<String> expected = List.of(
        "c_field@app.Site#FIELD",
        "c_static@app.Site (static initialiser)",
        "c_instance@app.Site (instance initialiser)",
        "c_constructor@app.Site#<init>(int)",
        "c_lambda@app.Site#method()",
        "c_anonymous@app.Site#method()",
        "c_local@app.Site#method()",
        "c_nested@app.Site.Nested#set(java.lang.String[])",
        "c_enum@app.Site.Kind#cookie()",
        "c_record@app.Site.Pair#cookie()",
        "c_default@app.Site.Defaults#cookie()",
        "c_second@app.Second#set()");
    List<String> actual = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : tagged(compilation, "[cookie-undeclared]")) {
      String message = d.getMessage(Locale.ROOT);
      String cookie = message.substring(message.indexOf('"') + 1, message.indexOf('"', 
          message.indexOf('"') + 1));
      String where = message.substring(message.indexOf(" in ") + 4, message.indexOf(", but no"));
      assertEquals(lineOf(SITE, "\"" + cookie + "\""), d.getLineNumber(), message);
      actual.add(cookie + "@" + where);
    }
    assertEquals(expected, actual, describe(compilation));
  }
}
