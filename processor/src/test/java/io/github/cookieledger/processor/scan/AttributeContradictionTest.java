package io.github.cookieledger.processor.scan;

import static io.github.cookieledger.processor.scan.ScanCompilation.columnOf;
import static io.github.cookieledger.processor.scan.ScanCompilation.describe;
import static io.github.cookieledger.processor.scan.ScanCompilation.lineOf;
import static io.github.cookieledger.processor.scan.ScanCompilation.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.cookieledger.processor.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attributes set next to a declared cookie's creation (builder chains, setters on the local
 * variable the creation initialises) that contradict the declaration: a warning at the coded
 * value naming the declared and the coded value; agreeing and non-constant values: nothing.
 */
class AttributeContradictionTest {
  private static final String SITE = """
      package app;

      import io.github.cookieledger.Category;
      import io.github.cookieledger.Cookie;
      import io.vertx.core.http.Cookie.*;
      import jakarta.ws.rs.core.NewCookie;
      import java.net.HttpCookie;
      import java.time.Duration;
      import org.springframework.http.ResponseCookie;

      @Cookie(name = "sid", provider = "Us", purpose = "To test", category = Category.NECESSARY,
          duration = "P1D", path = "/app")
      @Cookie(name = "pref", provider = "Us", purpose = "To test", category = Category.NECESSARY)
      @Cookie(name = "tracker_*", provider = "Us", purpose = "To test",
          category = Category.MARKETING, constant = "TRACKER")
      class Site {
        void spring(String v, boolean flag) {
          ResponseCookie.from("sid", v).httpOnly(false) // spring-httpOnly
              .secure(true)
              .path("/other") // spring-path
              .maxAge(Duration.ofDays(400)) // spring-maxAge
              .sameSite("None") // spring-sameSite
              .domain("example.org") // spring-domain
              .httpOnly(flag)
              .build();
        }

        void agreeing(String v) {
          ResponseCookie.from("sid", v).httpOnly(true).secure(true).path("/app").maxAge(86_400)
              .sameSite("lax").maxAge(-1).build();
        }

        void jaxrs() {
          new NewCookie.Builder("sid").secure(false) // builder-secure
              .maxAge(3600).sameSite(NewCookie.SameSite.STRICT) // builder-sameSite
              .build();
        }

        void servlet(String v) {
          jakarta.servlet.http.Cookie c = new jakarta.servlet.http.Cookie("sid", v);
          c.setHttpOnly(false); // servlet-httpOnly
          c.setPath("/app");
          c.setMaxAge(2 * 86_400); // servlet-maxAge
          c.setMaxAge(0);
        }

        void reassigned(String v) {
          jakarta.servlet.http.Cookie c = new jakarta.servlet.http.Cookie("sid", v);
          c = new jakarta.servlet.http.Cookie("other_cookie", v); // undeclared after reassignment
          c.setSecure(false);
        }

        void localBuilder(String v) {
          ResponseCookie.ResponseCookieBuilder b = ResponseCookie.from("sid", v);
          b.secure(true).httpOnly(false); // local-builder-httpOnly
        }

        void session(String v) {
          HttpCookie c = new HttpCookie("pref", v);
          c.setMaxAge(60); // session-maxAge
        }

        void pattern(String v) {
          io.vertx.core.http.Cookie.cookie("tracker_7", v).setSecure(false); // pattern-secure
        }

        void undeclared(String v) {
          ResponseCookie.from("other_cookie", v).httpOnly(false); // undeclared only
        }
      }
      """;

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = ScanCompilation.compile(List.of(), List.of(
        StandIns.springResponseCookie(), StandIns.newCookie("jakarta"),
        StandIns.servletCookie("jakarta"), StandIns.vertxCookie(),
        JavaFileObjects.forSourceString("app.Site", SITE)));
  }

  @Test
  void warnsAtEachContradictingValueAndNowhereElse() {
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    Map<Integer, String> expected = new TreeMap<>();
    for (String marker : List.of("spring-httpOnly", "spring-path", "spring-maxAge",
        "spring-sameSite", "spring-domain", "builder-secure", "builder-sameSite",
        "servlet-httpOnly", "servlet-maxAge", "local-builder-httpOnly", "session-maxAge",
        "pattern-secure")) {
      expected.put(lineOf(SITE, "// " + marker), marker);
    }
    Map<Integer, String> actual = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> d : tagged(compilation, "[cookie-attribute]")) {
      assertEquals(Diagnostic.Kind.WARNING, d.getKind());
      actual.put((int) d.getLineNumber(), expected.getOrDefault((int) d.getLineNumber(), "?"));
    }
    assertEquals(expected, actual, describe(compilation));
    assertEquals(expected.size(), tagged(compilation, "[cookie-attribute]").size(),
        describe(compilation));
  }

  @Test
  void messagesNameTheDeclaredAndTheCodedValue() {
    assertEquals(Message.ATTRIBUTE_CONTRADICTS.text("sid", "app.Site", "httpOnly = true",
        "httpOnly false"), message("spring-httpOnly"));
    assertTrue(message("spring-path").contains("has path = \"/app\""));
    assertTrue(message("spring-path").contains("sets path \"/other\""));
    assertTrue(message("spring-maxAge").contains(
        "duration = \"P1D\" (86400 seconds), but this code sets a maximum age of 34560000 seconds"));
    assertTrue(message("spring-sameSite").contains("sameSite = LAX"));
    assertTrue(message("spring-sameSite").contains("sets SameSite None"));
    assertTrue(message("spring-domain").contains("no domain (host-only)"));
    assertTrue(message("builder-sameSite").contains("sets SameSite STRICT"));
    assertTrue(message("servlet-maxAge").contains("a maximum age of 172800 seconds"));
    assertTrue(message("session-maxAge").contains("duration = \"session\""));
    assertTrue(message("pattern-secure").contains(
        "cookie \"tracker_7\" (declared by app.Site with the pattern \"tracker_*\") has secure = true"));
  }

  @Test
  void pointsAtTheCodedValue() {
    Diagnostic<? extends JavaFileObject> httpOnly = diagnostic("spring-httpOnly");
    assertEquals(columnOf(SITE, "// spring-httpOnly", "false"), httpOnly.getColumnNumber());
    Diagnostic<? extends JavaFileObject> maxAge = diagnostic("spring-maxAge");
    assertEquals(columnOf(SITE, "// spring-maxAge", "Duration"), maxAge.getColumnNumber());
  }

  @Test
  void anUndeclaredCookieIsReportedOnceAndItsAttributesNotAtAll() {
    List<Diagnostic<? extends JavaFileObject>> undeclared =
        tagged(compilation, "[cookie-undeclared]");
    assertEquals(2, undeclared.size(), describe(compilation));
    assertEquals(lineOf(SITE, "// undeclared after reassignment"), undeclared.get(0).getLineNumber());
    assertEquals(lineOf(SITE, "// undeclared only"), undeclared.get(1).getLineNumber());
  }

  private static String message(String marker) {
    return diagnostic(marker).getMessage(Locale.ROOT);
  }

  private static Diagnostic<? extends JavaFileObject> diagnostic(String marker) {
    int line = lineOf(SITE, "// " + marker);
    return tagged(compilation, "[cookie-attribute]").stream()
        .filter(d -> d.getLineNumber() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no warning for " + marker + "\n"
            + describe(compilation)));
  }
}
