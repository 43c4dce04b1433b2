package io.github.cookieledger.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cookieledger.Cookie;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.testing.Compiled;
import io.github.cookieledger.processor.testing.Expect;
import io.github.cookieledger.processor.testing.TestCompiler;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
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

  private Compiled ecj(String... processorOptions) {
    return TestCompiler.ECJ.job(List.of(temp.resolve("src/app/Site.java")))
        .into(temp.resolve("out"), temp.resolve("gen"))
        .classPath(List.of(TestCompiler.codeSource(Cookie.class)))
        .options(List.of(processorOptions))
        .call();
  }

  private static List<Diagnostic<? extends JavaFileObject>> scan(Compiled result) {
    return result.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[cookie-scan]"))
        .collect(Collectors.toList());
  }


  @BeforeEach
  void writeSite() {
    Compiled.write(temp.resolve("src/app/Site.java"), SITE);
  }

  @Test
  void byDefaultTheSkipIsANote() {
    Compiled result = ecj();

    assertTrue(result.success(), result.log());
    assertEquals(1, scan(result).size(), result.log());
    assertEquals(Diagnostic.Kind.NOTE, scan(result).get(0).getKind(), result.log());
  }

  @Test
  void aGateThatCannotRunFailsTheBuild() {
    Compiled result = ecj("-Acookieledger.undeclared=error");

    assertTrue(!result.success(), result.log());
    assertEquals(1, scan(result).size(), result.log());
    assertEquals(Diagnostic.Kind.ERROR, scan(result).get(0).getKind(), result.log());
    assertTrue(Expect.is(scan(result).get(0).getMessage(Locale.ROOT), Message.SCAN_UNAVAILABLE),
        result.log());
    assertTrue(Files.exists(temp.resolve("gen/app/CookieRegistry.java")),
        "the registry is still generated, so nothing else cascades:\n" + result.log());
  }

  @Test
  void aTeamCanAcceptTheGap() {
    Compiled result = ecj("-Acookieledger.undeclared=error", "-Acookieledger.scanUnavailable=note");

    assertTrue(result.success(), result.log());
    assertEquals(Diagnostic.Kind.NOTE, scan(result).get(0).getKind(), result.log());
  }
}
