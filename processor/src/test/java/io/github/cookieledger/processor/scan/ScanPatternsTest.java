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
import io.github.cookieledger.processor.testing.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How real code names its cookies, each with stand-ins of the real qualified names: fields that
 * only ever hold constants, helper methods that receive the name, overriding response classes,
 * cookies that go to requests or are copies, the Servlet API's defaults, and the summary note.
 */
class ScanPatternsTest {

  private static Compilation compile(String className, String source, List<String> options,
      JavaFileObject... standIns) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(standIns));
    sources.add(StandIns.servletCookie("jakarta"));
    sources.add(StandIns.servletResponse("jakarta"));
    sources.add(StandIns.servletResponseWrapper("jakarta"));
    sources.add(StandIns.servletRequest("jakarta"));
    sources.add(JavaFileObjects.forSourceString(className, source));
    Compilation compilation = ScanCompilation.compile(options, sources);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    return compilation;
  }

  /** The undeclared cookies by line: {@code line -> name}. */
  private static Map<Long, String> undeclared(Compilation compilation) {
    Map<Long, String> found = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> d : tagged(compilation, "[cookie-undeclared]")) {
      String message = d.getMessage(Locale.ROOT);
      String name = message.substring(message.indexOf('"') + 1, message.indexOf('"',
          message.indexOf('"') + 1));
      found.merge(d.getLineNumber(), name, (a, b) -> a + "," + b);
    }
    return found;
  }

  private static Map<Long, String> expected(String source, String... markersAndNames) {
    Map<Long, String> expected = new TreeMap<>();
    for (int i = 0; i < markersAndNames.length; i += 2) {
      expected.put((long) lineOf(source, markersAndNames[i]), markersAndNames[i + 1]);
    }
    return expected;
  }

  private static final String FIELDS = """
      package app;

      import jakarta.servlet.http.Cookie;
      import jakarta.servlet.http.HttpServletResponse;

      class Prefs {
        static final String DEFAULT_COOKIE_NAME = "prefs";
        private String cookieName = DEFAULT_COOKIE_NAME;
        private String mode = "mode_a";
        private String configured;
        private String injected = "injected_default";
        private static String shared;

        static {
          shared = "shared_" + "one";
        }

        Prefs(boolean other) {
          if (other) {
            mode = "mode_b";
          }
        }

        void setConfigured(String name) {
          this.configured = name;
        }

        void configure(String fromOutside) {
          setConfigured(fromOutside); // passes a variable
        }

        @Deprecated
        void set(HttpServletResponse response, String v) {
          response.addCookie(new Cookie(cookieName, v)); // field
          response.addCookie(new Cookie(mode, v)); // two constants
          response.addCookie(new Cookie(configured, v)); // setter with a variable
          response.addCookie(new Cookie(shared, v)); // static field
        }
      }
      """;

  @Test
  void aFieldThatOnlyHoldsConstantsIsEachOfThem() {
    Compilation compilation = compile("app.Prefs", FIELDS, List.of());

    assertEquals(expected(FIELDS, "// field", "prefs", "// two constants", "mode_a,mode_b",
        "// static field", "shared_one"), undeclared(compilation), describe(compilation));
    Diagnostic<? extends JavaFileObject> field = tagged(compilation, "[cookie-undeclared]").get(0);
    assertEquals(columnOf(FIELDS, "// field", "cookieName"), field.getColumnNumber());
    String summary = ScanCompilation.summary(compilation);
    assertTrue(Expect.is(summary, Message.SCAN_SUMMARY_UNRESOLVED, 4, 4, 0, 1,
        "Prefs.java:" + lineOf(FIELDS, "// passes a variable")), summary);
  }

  private static final String HELPERS = """
      package app;

      import jakarta.servlet.http.Cookie;
      import jakarta.servlet.http.HttpServletResponse;

      class Logout {
        static final String PREFS_COOKIE = "prefs_cookie";

        void logout(HttpServletResponse response, String dynamic) {
          clearCookie(response, PREFS_COOKIE); // caller
          clearCookie(response, dynamic); // variable caller
          one(response, "three_calls"); // three calls
          deep1(response, "four_calls"); // four calls
          new Named("named_sub", "v"); // subclass
        }

        private static void clearCookie(HttpServletResponse response, String name) {
          Cookie cookie = new Cookie(name, "");
          cookie.setMaxAge(0);
          response.addCookie(cookie);
        }

        private void one(HttpServletResponse response, String name) {
          two(response, name);
        }

        private void two(HttpServletResponse response, String name) {
          clearCookie(response, name);
        }

        private void deep1(HttpServletResponse response, String name) {
          deep2(response, name); // gives up here
        }

        private void deep2(HttpServletResponse response, String name) {
          deep3(response, name);
        }

        private void deep3(HttpServletResponse response, String name) {
          clearCookie(response, name);
        }

        static final class Named extends Cookie {
          Named(String name, String value) {
            super(name, value);
          }
        }

        static final class Fixed extends Cookie {
          Fixed(String value) {
            super("fixed_sub", value); // constant super
          }
        }
      }
      """;

  @Test
  void aConstantPassedToAHelperIsReportedAtTheCallerNamingTheHelper() {
    Compilation compilation = compile("app.Logout", HELPERS, List.of());

    assertEquals(expected(HELPERS, "// caller", "prefs_cookie", "// three calls", "three_calls",
        "// subclass", "named_sub", "// constant super", "fixed_sub"), undeclared(compilation),
        describe(compilation));
    Diagnostic<? extends JavaFileObject> caller = tagged(compilation, "[cookie-undeclared]").get(0);
    assertEquals(columnOf(HELPERS, "// caller", "PREFS_COOKIE"), caller.getColumnNumber());
    String message = caller.getMessage(Locale.ROOT);
    assertTrue(Expect.is(message, Message.UNDECLARED_THROUGH, "prefs_cookie",
        "app.Logout#logout(jakarta.servlet.http.HttpServletResponse,java.lang.String)", null,
        "app.Logout#clearCookie(jakarta.servlet.http.HttpServletResponse,java.lang.String)"),
        message);
    // the variable and the fourth call are listed, not guessed
    String summary = ScanCompilation.summary(compilation);
    assertTrue(summary.contains("Logout.java:" + lineOf(HELPERS, "// variable caller")), summary);
    assertTrue(summary.contains("Logout.java:" + lineOf(HELPERS, "// gives up here")), summary);
    assertTrue(Expect.is(summary, Message.SCAN_SUMMARY_UNRESOLVED, null, null, 0, 2), summary);
  }

  private static final String STORE = """
      package app;

      class Store {
        static final String COOKIE_NAME = "store";
        private final String cookieName;

        Store() {
          this(COOKIE_NAME); // the constant
        }

        Store(String cookieName) {
          this.cookieName = cookieName;
        }

        Writer writer() {
          return new Writer(cookieName);
        }
      }
      """;

  private static final String WRITER = """
      package app;

      import jakarta.servlet.http.Cookie;
      import jakarta.servlet.http.HttpServletResponse;

      class Writer {
        private final String cookieName;

        Writer(String cookieName) {
          this.cookieName = cookieName;
        }

        void write(HttpServletResponse response, String v) {
          response.addCookie(new Cookie(cookieName, v));
        }

        void rewrite(HttpServletResponse response, String v) {
          response.addCookie(new Cookie(cookieName, v));
        }
      }
      """;

  /** The store and its writer, the writer's file first or last. */
  private static Compilation storeAndWriter(boolean writerFirst) {
    JavaFileObject store = JavaFileObjects.forSourceString("app.Store", STORE);
    JavaFileObject writer = JavaFileObjects.forSourceString("app.Writer", WRITER);
    Compilation compilation = ScanCompilation.compile(List.of(), List.of(
        StandIns.servletCookie("jakarta"), StandIns.servletResponse("jakarta"),
        writerFirst ? writer : store, writerFirst ? store : writer));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    return compilation;
  }

  @Test
  void aNameIsFollowedIntoAClassWhateverTheOrderOfTheFiles() {
    // javac drops a class's tree once its class file is written: a writer compiled before the
    // store must still count as compiled now, or its constructor's argument is not followed
    for (boolean writerFirst : List.of(true, false)) {
      Compilation compilation = storeAndWriter(writerFirst);

      assertEquals(expected(STORE, "// the constant", "store"), undeclared(compilation),
          describe(compilation));
      String summary = ScanCompilation.summary(compilation);
      assertTrue(Expect.is(summary, Message.SCAN_SUMMARY, 2, 2, 0), summary);
    }
  }

  @Test
  void theSameFindingAtOneArgumentIsPrintedOnce() {
    Compilation compilation = storeAndWriter(false);

    // both calls of the writer reach the name at the store's this(COOKIE_NAME): one warning
    // there, while the note still counts both calls
    assertEquals(1, tagged(compilation, "[cookie-undeclared]").size(), describe(compilation));
    String summary = ScanCompilation.summary(compilation);
    assertTrue(Expect.is(summary, Message.SCAN_SUMMARY, 2, 2, 0), summary);
  }

  private static final String OVERRIDES = """
      package app;

      import jakarta.servlet.http.HttpServletResponse;
      import jakarta.servlet.http.HttpServletResponseWrapper;
      import org.springframework.http.HttpHeaders;

      class Wrappers {
        static final class AppResponse extends HttpServletResponseWrapper {
          AppResponse(HttpServletResponse response) {
            super(response);
          }

          @Override
          public void addHeader(String name, String value) {
            super.addHeader(name, value);
          }
        }

        static final class AppHeaders extends HttpHeaders {
          @Override
          public void add(String name, String value) {
            super.add(name, value);
          }
        }

        void set(AppResponse response, AppHeaders headers) {
          response.addHeader("Set-Cookie", "wrapped=1; Path=/"); // wrapper
          headers.add(HttpHeaders.SET_COOKIE, "in_headers=1"); // headers subclass
          response.addHeader("Content-Type", "text/plain");
        }
      }
      """;

  @Test
  void aMethodOverridingARecognisedOneIsRecognised() {
    Compilation compilation = compile("app.Wrappers", OVERRIDES, List.of(),
        StandIns.springHttpHeaders());

    assertEquals(expected(OVERRIDES, "// wrapper", "wrapped", "// headers subclass", "in_headers"),
        undeclared(compilation), describe(compilation));
    // the overriding methods pass on whatever header they get: no cookie, nothing unresolved
    assertTrue(Expect.is(ScanCompilation.summary(compilation), Message.SCAN_SUMMARY, 2, 2, 0),
        describe(compilation));
  }

  private static final String REQUESTS = """
      package app;

      import jakarta.servlet.http.Cookie;
      import jakarta.servlet.http.HttpServletRequest;
      import jakarta.servlet.http.HttpServletResponse;
      import java.net.HttpCookie;
      import java.net.URI;
      import java.net.http.HttpRequest;
      import org.springframework.mock.web.MockHttpServletRequest;
      import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

      class Requests {
        void send(MockHttpServletRequestBuilder builder, MockHttpServletRequest mock) {
          builder.cookie(new Cookie("mock_builder", "v"));
          Cookie sent = new Cookie("mock_request", "v");
          sent.setPath("/");
          mock.setCookies(sent);
          HttpRequest.newBuilder(URI.create("http://localhost/"))
              .header("Cookie", new HttpCookie("client_cookie", "v").toString());
        }

        void clearAll(HttpServletRequest request, HttpServletResponse response) {
          for (Cookie seen : request.getCookies()) {
            Cookie copy = new Cookie(seen.getName(), "");
            copy.setMaxAge(0);
            response.addCookie(copy);
          }
        }

        Cookie make(String v) {
          Cookie made = new Cookie("made_here", v); // created
          return made;
        }

        void set(HttpServletResponse response) {
          Cookie c = new Cookie("set_here", "v"); // set
          if (response != null) {
            response.addCookie(c);
          }
        }
      }
      """;

  @Test
  void cookiesSentInRequestsAndCopiesAreNotReported() {
    Compilation compilation = compile("app.Requests", REQUESTS, List.of(),
        StandIns.springTestRequests("jakarta").toArray(new JavaFileObject[0]));

    assertEquals(expected(REQUESTS, "// created", "made_here", "// set", "set_here"),
        undeclared(compilation), describe(compilation));
    List<Diagnostic<? extends JavaFileObject>> undeclared =
        tagged(compilation, "[cookie-undeclared]");
    assertTrue(Expect.is(undeclared.get(0).getMessage(Locale.ROOT), Message.UNDECLARED_CREATED,
        "made_here", "app.Requests#make(java.lang.String)"), describe(compilation));
    assertTrue(Expect.is(undeclared.get(1).getMessage(Locale.ROOT), Message.UNDECLARED,
        "set_here", "app.Requests#set(jakarta.servlet.http.HttpServletResponse)"),
        describe(compilation));
    // the copy counts as checked (it names a cookie the code already has), the requests do not
    String summary = ScanCompilation.summary(compilation);
    assertTrue(Expect.is(summary, Message.SCAN_SUMMARY, 3, 2, 3), summary);
  }

  private static final String DEFAULTS = """
      package app;

      import io.github.cookieledger.Category;
      import jakarta.servlet.http.Cookie;
      import jakarta.servlet.http.HttpServletResponse;

      @io.github.cookieledger.Cookie(name = "sid", provider = "Us", purpose = "To test",
          category = Category.NECESSARY)
      @io.github.cookieledger.Cookie(name = "lax", provider = "Us", purpose = "To test",
          category = Category.NECESSARY, httpOnly = false, secure = false)
      class Defaults {
        void neither(HttpServletResponse response, String v) {
          Cookie c = new Cookie("sid", v); // neither
          c.setPath("/");
          response.addCookie(c);
        }

        void inline(HttpServletResponse response, String v) {
          response.addCookie(new Cookie("sid", v)); // inline
        }

        void nested(HttpServletResponse response, String v, boolean https) {
          Cookie c = new Cookie("sid", v); // both, one nested
          c.setHttpOnly(true);
          if (https) {
            for (int i = 0; i < 1; i++) {
              c.setSecure(true);
            }
          }
          response.addCookie(c);
        }

        void secureOnly(HttpServletResponse response, String v) {
          Cookie c = new Cookie("sid", v); // not HttpOnly
          c.setSecure(v.isEmpty());
          response.addCookie(c);
        }

        void handedOn(String v) {
          Cookie c = new Cookie("sid", v);
          keep(c);
        }

        void declaredPlain(HttpServletResponse response, String v) {
          response.addCookie(new Cookie("lax", v));
        }

        void keep(Cookie c) {}
      }
      """;

  @Test
  void aServletCookieIsNeitherHttpOnlyNorSecureUnlessItsMethodSaysSo() {
    Compilation compilation = compile("app.Defaults", DEFAULTS, List.of());

    Map<Long, String> actual = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> d : tagged(compilation, "[cookie-attribute]")) {
      String message = d.getMessage(Locale.ROOT);
      actual.merge(d.getLineNumber(), Expect.is(message, Message.SERVLET_NOT_HTTP_ONLY)
          ? "httpOnly" : Expect.is(message, Message.SERVLET_NOT_SECURE) ? "secure" : message,
          (a, b) -> a + "," + b);
    }
    assertEquals(expected(DEFAULTS, "// neither", "httpOnly,secure", "// inline",
        "httpOnly,secure", "// not HttpOnly", "httpOnly"), actual, describe(compilation));
    String message = tagged(compilation, "[cookie-attribute]").get(0).getMessage(Locale.ROOT);
    assertTrue(Expect.is(message, Message.SERVLET_NOT_HTTP_ONLY, "sid", "app.Defaults",
        "jakarta.servlet.http.Cookie"), message);
    assertTrue(tagged(compilation, "[cookie-undeclared]").isEmpty(), describe(compilation));
  }

  private static final String WARNINGS = """
      package app;

      import java.net.HttpCookie;

      class Many {
        void set(String v) {
          new HttpCookie("one", v);
          new HttpCookie("two", v);
          new HttpCookie("three", v);
          new HttpCookie(v, v);
        }
      }
      """;

  @Test
  void theSummaryNoteShowsWhatAWarningCapHides() {
    Compilation compilation = compile("app.Many", WARNINGS, List.of("-Xmaxwarns", "1"));

    assertEquals(1, tagged(compilation, "[cookie-undeclared]").size(), describe(compilation));
    String summary = ScanCompilation.summary(compilation);
    assertTrue(Expect.is(summary, Message.SCAN_SUMMARY_UNRESOLVED, 3, 3, 0, 1), summary);
    assertTrue(summary.contains("Many.java:" + lineOf(WARNINGS, "new HttpCookie(v, v)")), summary);
  }

  @Test
  void theUnresolvedListIsBounded() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < ScanReport.LISTED + 3; i++) {
      body.append("    new java.net.HttpCookie(v + ").append(i).append(", v);\n");
    }
    String source = "package app;\n\nclass Lots {\n  void set(String v) {\n" + body + "  }\n}\n";
    Compilation compilation = compile("app.Lots", source, List.of());

    String summary = ScanCompilation.summary(compilation);
    assertTrue(Expect.is(summary, Message.SCAN_SUMMARY_UNRESOLVED_MORE, 0, 0, 0,
        ScanReport.LISTED + 3, null, 3), summary);
    assertTrue(summary.contains("Lots.java:" + (5 + ScanReport.LISTED - 1) + " and 3 more."),
        summary);
  }

  private static final String SUGGESTION = """
      package app;

      import jakarta.servlet.http.Cookie;
      import jakarta.servlet.http.HttpServletResponse;

      class Suggest {
        void set(HttpServletResponse response, String v) {
          Cookie c = new Cookie("theme", v); // theme
          c.setPath("/app");
          c.setMaxAge(60 * 60 * 24 * 30);
          c.setHttpOnly(true);
          response.addCookie(c);
        }
      }
      """;

  @Test
  void theSuggestionCanBePastedAndShowsTheCodedAttributes() {
    Compilation compilation = compile("app.Suggest", SUGGESTION, List.of());

    String message = tagged(compilation, "[cookie-undeclared]").get(0).getMessage(Locale.ROOT);
    assertTrue(message.contains("Declare it on the code that sets it:"
        + " @io.github.cookieledger.Cookie(name = \"theme\", provider = \"...\", purpose = \"...\","
        + " category = io.github.cookieledger.Category...., path = \"/app\", duration = \"P30D\","
        + " secure = false) with the category"), message);
  }

  @Test
  void aWildcardImportOfACookiePackageAlsoQualifiesTheSuggestion() {
    Compilation compilation = compile("app.Suggest", SUGGESTION.replace(
        "import jakarta.servlet.http.Cookie;\nimport jakarta.servlet.http.HttpServletResponse;",
        "import jakarta.servlet.http.*;"), List.of());

    String message = tagged(compilation, "[cookie-undeclared]").get(0).getMessage(Locale.ROOT);
    assertTrue(message.contains(" @io.github.cookieledger.Cookie(name = \"theme\""), message);
  }

  @Test
  void importingCookieledgersOwnCookieKeepsTheShortSuggestion() {
    Compilation compilation = compile("app.Suggest", SUGGESTION
        .replace("import jakarta.servlet.http.Cookie;", "import io.github.cookieledger.Cookie;")
        .replace("Cookie c = new Cookie(",
            "jakarta.servlet.http.Cookie c = new jakarta.servlet.http.Cookie("),
        List.of());

    String message = tagged(compilation, "[cookie-undeclared]").get(0).getMessage(Locale.ROOT);
    assertTrue(message.contains("sets it: @Cookie(name = \"theme\""), message);
  }
}
