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
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recognised API, through a stand-in with its qualified name: an undeclared literal, a
 * constant field and a constant concatenation are each reported at the name argument; a
 * non-constant name, a declared name and a name a pattern covers are not.
 */
class RecognisedApiTest {

  /**
   * One API.
   *
   * @param label for the test report
   * @param standIns the stand-in sources
   * @param imports the import lines the call needs
   * @param parameter the method parameter the call needs (e.g. a response), or empty
   * @param call the statement, with {@code NAME} where the name expression goes
   */
  record Api(String label, List<JavaFileObject> standIns, String imports, String parameter,
      String call) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Api> apis() {
    return Stream.of(
        new Api("java.net.HttpCookie", List.of(), "import java.net.HttpCookie;", "",
            "new HttpCookie(NAME, value);"),
        new Api("jakarta Cookie", List.of(StandIns.servletCookie("jakarta")),
            "import jakarta.servlet.http.Cookie;", "", "new Cookie(NAME, value);"),
        new Api("javax Cookie", List.of(StandIns.servletCookie("javax")),
            "import javax.servlet.http.Cookie;", "", "new Cookie(NAME, value);"),
        new Api("Spring ResponseCookie.from(name, value)", List.of(StandIns.springResponseCookie()),
            "import org.springframework.http.ResponseCookie;", "",
            "ResponseCookie.from(NAME, value).build();"),
        new Api("Spring ResponseCookie.from(name)", List.of(StandIns.springResponseCookie()),
            "import org.springframework.http.ResponseCookie;", "",
            "ResponseCookie.from(NAME).build();"),
        new Api("jakarta NewCookie", List.of(StandIns.newCookie("jakarta")),
            "import jakarta.ws.rs.core.NewCookie;", "", "new NewCookie(NAME, value);"),
        new Api("jakarta NewCookie, long constructor", List.of(StandIns.newCookie("jakarta")),
            "import jakarta.ws.rs.core.NewCookie;", "",
            "new NewCookie(NAME, value, \"/\", null, null, 60, true);"),
        new Api("jakarta NewCookie.Builder", List.of(StandIns.newCookie("jakarta")),
            "import jakarta.ws.rs.core.NewCookie;", "",
            "new NewCookie.Builder(NAME).value(value).build();"),
        new Api("javax NewCookie", List.of(StandIns.newCookie("javax")),
            "import javax.ws.rs.core.NewCookie;", "", "new NewCookie(NAME, value);"),
        new Api("javax NewCookie.Builder", List.of(StandIns.newCookie("javax")),
            "import javax.ws.rs.core.NewCookie;", "",
            "new NewCookie.Builder(NAME).build();"),
        new Api("Micronaut Cookie.of", List.of(StandIns.micronautCookie()),
            "import io.micronaut.http.cookie.Cookie;", "", "Cookie.of(NAME, value);"),
        new Api("Vert.x Cookie.cookie", List.of(StandIns.vertxCookie()),
            "import io.vertx.core.http.Cookie;", "", "Cookie.cookie(NAME, value);"),
        new Api("Netty DefaultCookie", List.of(StandIns.nettyCookie()),
            "import io.netty.handler.codec.http.cookie.DefaultCookie;", "",
            "new DefaultCookie(NAME, value);"),
        new Api("jakarta HttpServletResponse.addHeader",
            List.of(StandIns.servletCookie("jakarta"), StandIns.servletResponse("jakarta")),
            "import jakarta.servlet.http.HttpServletResponse;", "HttpServletResponse response, ",
            "response.addHeader(\"Set-Cookie\", NAME + \"=\" + value);"),
        new Api("javax HttpServletResponse.setHeader",
            List.of(StandIns.servletCookie("javax"), StandIns.servletResponse("javax")),
            "import javax.servlet.http.HttpServletResponse;", "HttpServletResponse response, ",
            "response.setHeader(\"set-cookie\", NAME + \"=\" + value + \"; Path=/\");"),
        new Api("com.sun.net.httpserver.Headers.add", List.of(),
            "import com.sun.net.httpserver.Headers;", "Headers headers, ",
            "headers.add(\"Set-Cookie\", NAME + \"=\" + value + \"; HttpOnly\");"),
        new Api("com.sun.net.httpserver.Headers.set", List.of(),
            "import com.sun.net.httpserver.Headers;", "Headers headers, ",
            "headers.set(\"SET-COOKIE\", (NAME + \"=\") + value);"),
        new Api("Spring HttpHeaders.add", List.of(StandIns.springHttpHeaders()),
            "import org.springframework.http.HttpHeaders;", "HttpHeaders headers, ",
            "headers.add(HttpHeaders.SET_COOKIE, NAME + \"=\" + value);"),
        new Api("JAX-RS ResponseBuilder.header", List.of(StandIns.jaxRsResponse("jakarta"),
            StandIns.newCookie("jakarta")), "import jakarta.ws.rs.core.Response;", "",
            "Response.ok().header(\"Set-Cookie\", NAME + \"=\" + value + \"; Path=/\").build();"),
        new Api("JAX-RS (javax) ResponseBuilder.header", List.of(StandIns.jaxRsResponse("javax"),
            StandIns.newCookie("javax")), "import javax.ws.rs.core.Response;", "",
            "Response.ok().header(\"Set-Cookie\", NAME + \"=\" + value).build();"),
        new Api("JAX-RS ContainerResponseContext headers add", concat(
            StandIns.jaxRsResponseContext("jakarta"), StandIns.newCookie("jakarta")),
            "import jakarta.ws.rs.container.ContainerResponseContext;",
            "ContainerResponseContext response, ",
            "response.getHeaders().add(\"Set-Cookie\", NAME + \"=\" + value);"),
        new Api("JAX-RS (javax) ContainerResponseContext headers putSingle", concat(
            StandIns.jaxRsResponseContext("javax"), StandIns.newCookie("javax")),
            "import javax.ws.rs.container.ContainerResponseContext;",
            "ContainerResponseContext response, ",
            "response.getHeaders().putSingle(\"set-cookie\", NAME + \"=\" + value);"),
        new Api("JAX-RS headers add of a NewCookie: the NewCookie is the one site", concat(
            StandIns.jaxRsResponseContext("jakarta"), StandIns.newCookie("jakarta")),
            "import jakarta.ws.rs.container.ContainerResponseContext;\n"
                + "import jakarta.ws.rs.core.NewCookie;",
            "ContainerResponseContext response, ",
            "response.getHeaders().add(\"Set-Cookie\", new NewCookie(NAME, value));"),
        new Api("Spring Security logout().deleteCookies", StandIns.springSecurity(),
            "import org.springframework.security.config.annotation.web.configurers"
                + ".LogoutConfigurer;", "LogoutConfigurer<Object> logout, ",
            "logout.deleteCookies(\"JSESSIONID_\" + value, NAME);"),
        new Api("Spring Security CookieClearingLogoutHandler", StandIns.springSecurity(),
            "import org.springframework.security.web.authentication.logout"
                + ".CookieClearingLogoutHandler;", "",
            "new CookieClearingLogoutHandler(NAME);"),
        new Api("Spring Security CookieCsrfTokenRepository.setCookieName",
            StandIns.springSecurity(),
            "import org.springframework.security.web.csrf.CookieCsrfTokenRepository;",
            "CookieCsrfTokenRepository csrf, ", "csrf.setCookieName(NAME);"),
        new Api("Spring Security remember-me cookie name (a subclass)", StandIns.springSecurity(),
            "import org.springframework.security.web.authentication.rememberme"
                + ".TokenBasedRememberMeServices;", "TokenBasedRememberMeServices services, ",
            "services.setCookieName(NAME);"),
        new Api("Spring Security rememberMe().rememberMeCookieName", StandIns.springSecurity(),
            "import org.springframework.security.config.annotation.web.configurers"
                + ".RememberMeConfigurer;", "RememberMeConfigurer<Object> rememberMe, ",
            "rememberMe.rememberMeCookieName(NAME);"),
        new Api("Javalin Context.cookie(name, value)", List.of(StandIns.javalinContext(),
            StandIns.javalinCookie()), "import io.javalin.http.Context;", "Context ctx, ",
            "ctx.cookie(NAME, value); ctx.cookie(\"read_only\");"),
        new Api("Javalin Context.cookie(name, value, maxAge)", List.of(StandIns.javalinContext(),
            StandIns.javalinCookie()), "import io.javalin.http.Context;", "Context ctx, ",
            "ctx.cookie(NAME, value, 60);"),
        new Api("Javalin Context.removeCookie(name)", List.of(StandIns.javalinContext(),
            StandIns.javalinCookie()), "import io.javalin.http.Context;", "Context ctx, ",
            "ctx.removeCookie(NAME);"),
        new Api("Javalin new Cookie", List.of(StandIns.javalinContext(), StandIns.javalinCookie()),
            "import io.javalin.http.Context;", "Context ctx, ",
            "ctx.cookie(new io.javalin.http.Cookie(NAME, value));"),
        new Api("Undertow CookieImpl", List.of(StandIns.undertowCookie()),
            "import io.undertow.server.handlers.CookieImpl;", "",
            "new CookieImpl(NAME, value).setHttpOnly(true);"),
        new Api("Jetty HttpCookie.from", List.of(StandIns.jettyCookie()),
            "import org.eclipse.jetty.http.HttpCookie;", "", "HttpCookie.from(NAME, value);"),
        new Api("Jetty HttpCookie.build", List.of(StandIns.jettyCookie()),
            "import org.eclipse.jetty.http.HttpCookie;", "",
            "HttpCookie.build(NAME, value).httpOnly(true).build();"),
        new Api("Play Http.Cookie.builder", List.of(StandIns.playCookie()),
            "import play.mvc.Http;", "", "Http.Cookie.builder(NAME, value).build();"),
        new Api("Helidon SetCookie.builder", List.of(StandIns.helidonSetCookie()),
            "import io.helidon.http.SetCookie;", "", "SetCookie.builder(NAME, value).build();"));
  }

  private static List<JavaFileObject> concat(List<JavaFileObject> some, JavaFileObject more) {
    List<JavaFileObject> all = new ArrayList<>(some);
    all.add(more);
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apis")
  void reportsConstantUndeclaredNamesAtTheNameArgument(Api api) {
    String source = site(api);
    List<JavaFileObject> sources = new ArrayList<>(api.standIns());
    sources.add(JavaFileObjects.forSourceString("app.Site", source));

    Compilation compilation = ScanCompilation.compile(List.of(), sources);

    assertEquals(Compilation.Status.SUCCESS, compilation.status(), describe(compilation));
    List<Diagnostic<? extends JavaFileObject>> undeclared =
        tagged(compilation, "[cookie-undeclared]");
    assertEquals(3, undeclared.size(), describe(compilation));
    assertReported(undeclared.get(0), source, "// literal", "\"sid_literal\"", "sid_literal");
    assertReported(undeclared.get(1), source, "// field", "SID", "sid_field");
    assertReported(undeclared.get(2), source, "// concatenation", "PREFIX", "pre_fix");
    assertTrue(tagged(compilation, "[cookie-attribute]").isEmpty(), describe(compilation));
    // the name that is not a constant is not reported, but listed where it stands
    String summary = ScanCompilation.summary(compilation);
    assertTrue(summary.contains("Site.java:" + lineOf(source, "// not a constant")), summary);
  }

  private static void assertReported(Diagnostic<? extends JavaFileObject> diagnostic,
      String source, String marker, String argumentStart, String cookie) {
    String message = diagnostic.getMessage(Locale.ROOT);
    assertEquals(Diagnostic.Kind.WARNING, diagnostic.getKind(), message);
    assertEquals(lineOf(source, marker), diagnostic.getLineNumber(), message);
    assertEquals(columnOf(source, marker, argumentStart), diagnostic.getColumnNumber(), message);
    assertTrue(Expect.is(message, Message.UNDECLARED, cookie)
        || Expect.is(message, Message.UNDECLARED_CREATED, cookie), message);
    assertTrue(message.contains(", in app.Site#set("), message);
    assertTrue(message.contains("Cookie(name = \"" + cookie + "\", provider = \"...\""), message);
  }

  private static String site(Api api) {
    List<String> lines = new ArrayList<>(List.of(
        "package app;",
        "",
        "import io.github.cookieledger.Category;",
        api.imports(),
        "",
        "class Site {",
        "  static final String SID = \"sid_field\";",
        "  static final String PREFIX = \"pre\";",
        "",
        "  @io.github.cookieledger.Cookie(name = \"declared_one\", provider = \"Us\", purpose = \"To test\",",
        "      category = Category.NECESSARY)",
        "  @io.github.cookieledger.Cookie(name = \"tracker_*\", provider = \"Us\", purpose = \"To test\",",
        "      category = Category.MARKETING, constant = \"TRACKER\")",
        "  void set(" + api.parameter() + "String value) {"));
    lines.add("    " + api.call().replace("NAME", "\"sid_literal\"") + " // literal");
    lines.add("    " + api.call().replace("NAME", "SID") + " // field");
    lines.add("    " + api.call().replace("NAME", "PREFIX + \"_fix\"") + " // concatenation");
    lines.add("    " + api.call().replace("NAME", "value") + " // not a constant");
    lines.add("    " + api.call().replace("NAME", "\"declared_one\"") + " // declared");
    lines.add("    " + api.call().replace("NAME", "\"tracker_42\"") + " // pattern");
    lines.add("  }");
    lines.add("}");
    return String.join("\n", lines) + "\n";
  }
}
