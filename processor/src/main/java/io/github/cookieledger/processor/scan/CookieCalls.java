package io.github.cookieledger.processor.scan;

import java.util.List;

/**
 * The calls that set a cookie by name, one line per API. A call is recognised by the resolved
 * qualified type that declares the constructor or method, so none of these libraries needs to be
 * on the processor path; the parameter at {@link Call#nameArgument} must be a {@code String}
 * (which leaves out copy constructors such as {@code NewCookie(Cookie)}).
 */
final class CookieCalls {
  /** The member name of a constructor, as in {@code cookies.json}'s {@code declaredBy}. */
  static final String CONSTRUCTOR = "<init>";

  /** How the call names the cookie. */
  enum Shape {
    /** The argument is the cookie's name. */
    NAME,
    /**
     * A header write: the argument is the header's name, which must be {@code Set-Cookie}, and the
     * next one the header's value, whose text up to {@code =} is the cookie's name.
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
   */
  record Call(String type, String member, int nameArgument, Shape shape) {
    /** The simple name a call site shows: the method's, or the constructed type's. */
    String simpleName() {
      return member.equals(CONSTRUCTOR) ? type.substring(type.lastIndexOf('.') + 1) : member;
    }

    boolean isConstructor() {
      return member.equals(CONSTRUCTOR);
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
      header("org.springframework.http.HttpHeaders", "set"));

  private CookieCalls() {}

  private static Call constructor(String type) {
    return new Call(type, CONSTRUCTOR, 0, Shape.NAME);
  }

  private static Call factory(String type, String method) {
    return new Call(type, method, 0, Shape.NAME);
  }

  private static Call header(String type, String method) {
    return new Call(type, method, 0, Shape.SET_COOKIE_HEADER);
  }
}
