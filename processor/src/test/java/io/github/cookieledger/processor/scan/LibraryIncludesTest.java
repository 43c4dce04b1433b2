package io.github.cookieledger.processor.scan;

import static io.github.cookieledger.processor.scan.ScanCompilation.describe;
import static io.github.cookieledger.processor.scan.ScanCompilation.lineOf;
import static io.github.cookieledger.processor.scan.ScanCompilation.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.cookieledger.processor.CookieProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cookies that an included library registry declares count as declared: the library is compiled
 * first, and the application reads its registry from the class file. javac only: every assertion
 * is a finding of the scan, which needs javac's Trees API (ECJ reading a library's registry is
 * {@code spanning/EclipseCompilerTest}'s; the scan's note under ECJ is EcjGateTest's).
 */
class LibraryIncludesTest {
  private static final String LIBRARY = """
      package lib;

      import io.github.cookieledger.Category;
      import io.github.cookieledger.Cookie;
      import io.github.cookieledger.CookiePolicy;
      import java.net.HttpCookie;

      @CookiePolicy(site = "https://lib.example", registry = "LibCookies")
      public class LibFilter {
        @Cookie(name = "lib_token", provider = "Lib", purpose = "To test", category = Category.NECESSARY,
            httpOnly = false)
        @Cookie(name = "lib_pref_*", provider = "Lib", purpose = "To test",
            category = Category.FUNCTIONAL, constant = "LIB_PREF")
        public static HttpCookie token(String value) {
          return new HttpCookie("lib_token", value);
        }
      }
      """;

  private static final String APP_POLICY = """
      @CookiePolicy(site = "https://app.example", includes = lib.LibCookies.class)
      package app;

      import io.github.cookieledger.CookiePolicy;
      """;

  private static final String APP = """
      package app;

      import java.net.HttpCookie;

      class App {
        void set(String value) {
          new HttpCookie("lib_token", value).setHttpOnly(true); // included, contradicting
          new HttpCookie("lib_pref_theme", value); // included pattern
          new HttpCookie("app_only", value); // undeclared
        }
      }
      """;

  @Test
  void includedCookiesCountAsDeclared(@TempDir Path libraryClasses) throws IOException {
    Compilation library = Compiler.javac().withProcessors(new CookieProcessor())
        .compile(JavaFileObjects.forSourceString("lib.LibFilter", LIBRARY));
    assertEquals(Compilation.Status.SUCCESS, library.status(), describe(library));
    assertTrue(ScanCompilation.findings(library).isEmpty(), describe(library));
    writeClasses(library, libraryClasses);

    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.add(libraryClasses.toFile());
    Compilation app = Compiler.javac().withProcessors(new CookieProcessor())
        .withClasspath(classPath)
        .compile(JavaFileObjects.forSourceString("app.package-info", APP_POLICY),
            JavaFileObjects.forSourceString("app.App", APP));

    assertEquals(Compilation.Status.SUCCESS, app.status(), describe(app));
    List<Diagnostic<? extends JavaFileObject>> undeclared = tagged(app, "[cookie-undeclared]");
    assertEquals(1, undeclared.size(), describe(app));
    assertEquals(lineOf(APP, "// undeclared"), undeclared.get(0).getLineNumber());
    assertTrue(undeclared.get(0).getMessage(Locale.ROOT).contains("cookie \"app_only\""));
    List<Diagnostic<? extends JavaFileObject>> attributes = tagged(app, "[cookie-attribute]");
    assertEquals(1, attributes.size(), describe(app));
    assertTrue(attributes.get(0).getMessage(Locale.ROOT).contains(
        "cookie \"lib_token\" (declared by lib.LibCookies) has httpOnly = false"),
        attributes.get(0).getMessage(Locale.ROOT));
  }

  private static void writeClasses(Compilation compilation, Path root) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      Path target = root.resolve(path.substring(path.indexOf("CLASS_OUTPUT/")
          + "CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
  }
}
