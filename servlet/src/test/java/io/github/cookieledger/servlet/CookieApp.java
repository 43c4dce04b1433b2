package io.github.cookieledger.servlet;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * The application under the filter: sets the {@code Set-Cookie} values given as {@code set}
 * parameters in the way {@code via} says, then ends as {@code then} says.
 *
 * <ul>
 *   <li>{@code via}: {@code addHeader} (default), {@code setHeader}, {@code lowercase} (header
 *       name {@code set-cookie}), {@code addCookie}, {@code wrapper} (through the application's
 *       own response wrapper)
 *   <li>{@code then}: {@code body} (default), {@code redirect}, {@code error}, {@code flush}
 * </ul>
 */
final class CookieApp extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String via = request.getParameter("via") == null ? "addHeader" : request.getParameter("via");
    HttpServletResponse target = via.equals("wrapper")
        ? new HttpServletResponseWrapper(response) {} : response;
    String[] values = request.getParameterValues("set");
    for (String value : values == null ? new String[0] : values) {
      switch (via) {
        case "setHeader" -> target.setHeader("Set-Cookie", value);
        case "lowercase" -> target.addHeader("set-cookie", value);
        case "addCookie" -> target.addCookie(cookie(value));
        default -> target.addHeader("Set-Cookie", value);
      }
    }
    String then = request.getParameter("then") == null ? "body" : request.getParameter("then");
    switch (then) {
      case "redirect" -> target.sendRedirect("/elsewhere");
      case "error" -> target.sendError(404);
      case "flush" -> {
        target.flushBuffer();
        target.getWriter().write("flushed");
      }
      default -> target.getWriter().write("ok");
    }
  }

  /** A servlet Cookie with the attributes of a Set-Cookie value. */
  static Cookie cookie(String header) {
    SetCookieHeader parsed = SetCookieHeader.parse(header);
    Cookie cookie = new Cookie(parsed.name(), parsed.value());
    parsed.attributes().forEach((name, value) -> {
      switch (name.toLowerCase(Locale.ROOT)) {
        case "max-age" -> cookie.setMaxAge(Integer.parseInt(value));
        case "secure" -> cookie.setSecure(true);
        case "httponly" -> cookie.setHttpOnly(true);
        case "path" -> cookie.setPath(value);
        case "domain" -> cookie.setDomain(value);
        default -> cookie.setAttribute(name, value);
      }
    });
    return cookie;
  }
}
