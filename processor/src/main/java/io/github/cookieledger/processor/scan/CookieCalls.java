package io.github.cookieledger.processor.scan;

import java.util.List;

/**
 * The calls that set a cookie by name, one line per API. A call is recognised by the resolved
 * qualified type that declares the constructor or method (or a method it overrides), so none of
 * these libraries needs to be on the processor path; the parameter at {@link Call#nameArgument}
 * must be a {@code String} (which leaves out copy constructors such as {@code NewCookie(Cookie)}),
 * or a {@code String...} whose every argument is a name.
 */
final class CookieCalls {
  /** The member name of a constructor, as in {@code cookies.json}'s {@code declaredBy}. */
  static final String CONSTRUCTOR = "<init>";

  /** How the call names the cookie. */
  enum Shape {
    /** The argument is the cookie's name; a {@code String...} parameter: each argument is one. */
    NAME,
    /**
     * A header write: the argument is the header's name, which must be {@code Set-Cookie}, and the
     * next one the header's value, whose text up to {@code =} is the cookie's name. The value's
     * parameter may be any type (JAX-RS takes an {@code Object}); a cookie object given there was
     * created by a call that counts itself.
     */
    SET_COOKIE_HEADER
  }

  /**
   * One recognised API.
   *
   * @param type the qualified (canonical) name of the declaring type
   * @param member the method's name, or {@link #CONSTRUCTOR}
   * @param nameArgument the index of the argument that names the cookie (or the header)
   * @param shape how it names it
   * @param minimumParameters fewer parameters make another method of the same name (Javalin's
   *     {@code cookie(name)} reads a cookie, {@code cookie(name, value)} sets one)
   */
  record Call(String type, String member, int nameArgument, Shape shape, int minimumParameters) {
    /** The simple name a call site shows: the method's, or the constructed type's. */
    String simpleName() {
      return member.equals(CONSTRUCTOR) ? type.substring(type.lastIndexOf('.') + 1) : member;
    }

    boolean isConstructor() {
      return member.equals(CONSTRUCTOR);
    }

    /**
     * Whether the call itself puts the cookie in responses (a header write, Spring Security's
     * cookie names, Javalin's {@code ctx.cookie}), rather than creating an object that must be
     * handed to a response.
     */
    boolean setsItself() {
      return shape == Shape.SET_COOKIE_HEADER || type.startsWith("org.springframework.security.")
          || type.equals("io.javalin.http.Context");
    }

    /** The Servlet API's {@code Cookie}: neither HttpOnly nor Secure unless set. */
    boolean servletCookie() {
      return isConstructor() && (type.equals("jakarta.servlet.http.Cookie")
          || type.equals("javax.servlet.http.Cookie"));
    }
  }

  static final List<Call> ALL = List.of(
      constructor("java.net.HttpCookie"),
      constructor("jakarta.servlet.http.Cookie"),
      constructor("javax.servlet.http.Cookie"),
      factory("org.springframework.http.ResponseCookie", "from"),
      factory("org.springframework.http.ResponseCookie", "fromClientResponse"),
      constructor("jakarta.ws.rs.core.NewCookie"),
      constructor("jakarta.ws.rs.core.NewCookie.Builder"),
      constructor("javax.ws.rs.core.NewCookie"),
      constructor("javax.ws.rs.core.NewCookie.Builder"),
      factory("io.micronaut.http.cookie.Cookie", "of"),
      factory("io.vertx.core.http.Cookie", "cookie"),
      constructor("io.netty.handler.codec.http.cookie.DefaultCookie"),
      // Spring Security: the cookies it sets under a name the application chooses
      factory("org.springframework.security.config.annotation.web.configurers.LogoutConfigurer",
          "deleteCookies"),
      constructor("org.springframework.security.web.authentication.logout"
          + ".CookieClearingLogoutHandler"),
      factory("org.springframework.security.web.csrf.CookieCsrfTokenRepository", "setCookieName"),
      factory("org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository",
          "setCookieName"),
      factory("org.springframework.security.web.authentication.rememberme"
          + ".AbstractRememberMeServices", "setCookieName"),
      factory("org.springframework.security.config.annotation.web.configurers"
          + ".RememberMeConfigurer", "rememberMeCookieName"),
      // Javalin: cookie(name, value[, maxAge]) sets, cookie(name) reads; removeCookie(name[, path])
      // sets it expired, under the same name
      new Call("io.javalin.http.Context", "cookie", 0, Shape.NAME, 2),
      factory("io.javalin.http.Context", "removeCookie"),
      constructor("io.javalin.http.Cookie"),
      constructor("io.undertow.server.handlers.CookieImpl"),
      // Jetty 12's factories and the constructors of earlier versions
      factory("org.eclipse.jetty.http.HttpCookie", "from"),
      factory("org.eclipse.jetty.http.HttpCookie", "build"),
      constructor("org.eclipse.jetty.http.HttpCookie"),
      factory("play.mvc.Http.Cookie", "builder"),
      factory("io.helidon.http.SetCookie", "builder"),
      header("jakarta.servlet.http.HttpServletResponse", "addHeader"),
      header("jakarta.servlet.http.HttpServletResponse", "setHeader"),
      header("jakarta.servlet.http.HttpServletResponseWrapper", "addHeader"),
      header("jakarta.servlet.http.HttpServletResponseWrapper", "setHeader"),
      header("javax.servlet.http.HttpServletResponse", "addHeader"),
      header("javax.servlet.http.HttpServletResponse", "setHeader"),
      header("javax.servlet.http.HttpServletResponseWrapper", "addHeader"),
      header("javax.servlet.http.HttpServletResponseWrapper", "setHeader"),
      header("com.sun.net.httpserver.Headers", "add"),
      header("com.sun.net.httpserver.Headers", "set"),
      header("org.springframework.http.HttpHeaders", "add"),
      header("org.springframework.http.HttpHeaders", "set"),
      // JAX-RS: a resource's Response.ok().header(...), a filter's response.getHeaders().add(...)
      header("jakarta.ws.rs.core.Response.ResponseBuilder", "header"),
      header("javax.ws.rs.core.Response.ResponseBuilder", "header"),
      header("jakarta.ws.rs.core.MultivaluedMap", "add"),
      header("jakarta.ws.rs.core.MultivaluedMap", "putSingle"),
      header("javax.ws.rs.core.MultivaluedMap", "add"),
      header("javax.ws.rs.core.MultivaluedMap", "putSingle"));

  private CookieCalls() {}

  private static Call constructor(String type) {
    return new Call(type, CONSTRUCTOR, 0, Shape.NAME, 1);
  }

  private static Call factory(String type, String method) {
    return new Call(type, method, 0, Shape.NAME, 1);
  }

  private static Call header(String type, String method) {
    return new Call(type, method, 0, Shape.SET_COOKIE_HEADER, 2);
  }
}
