package io.github.cookieledger.servlet;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The response the application sees: every way of setting a cookie goes through the {@link
 * CookieGate}. Cookies are checked when they are set, so nothing depends on when the response is
 * committed ({@code sendRedirect}, {@code sendError}, {@code flushBuffer}, a full buffer). After a
 * violation in {@code fail} mode the calls that would commit the response are ignored, so the
 * filter can still answer 500.
 */
final class GuardedResponse extends HttpServletResponseWrapper {
  static final String SET_COOKIE = "Set-Cookie";

  private final CookieGate gate;

  GuardedResponse(HttpServletResponse response, CookieGate gate) {
    super(response);
    this.gate = gate;
  }

  private static boolean isSetCookie(String name) {
    return SET_COOKIE.equalsIgnoreCase(name);
  }

  @Override
  public void addCookie(Cookie cookie) {
    if (cookie == null) {
      super.addCookie(null);
      return;
    }
    gate.offer(SetCookieHeader.of(cookie), () -> super.addCookie(cookie));
  }

  @Override
  public void addHeader(String name, String value) {
    if (isSetCookie(name) && value != null) {
      gate.offer(SetCookieHeader.parse(value), () -> super.addHeader(name, value));
    } else {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (isSetCookie(name) && value != null) {
      // replaces every Set-Cookie so far: the deletions of withdrawn cookies are sent again
      gate.offer(SetCookieHeader.parse(value), () -> {
        super.setHeader(name, value);
        gate.resendWithdrawals();
      });
    } else {
      super.setHeader(name, value);
      if (isSetCookie(name)) {
        gate.resendWithdrawals();
      }
    }
  }

  @Override
  public void addDateHeader(String name, long date) {
    if (isSetCookie(name)) {
      addHeader(name, Long.toString(date));
    } else {
      super.addDateHeader(name, date);
    }
  }

  @Override
  public void setDateHeader(String name, long date) {
    if (isSetCookie(name)) {
      setHeader(name, Long.toString(date));
    } else {
      super.setDateHeader(name, date);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (isSetCookie(name)) {
      addHeader(name, Integer.toString(value));
    } else {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (isSetCookie(name)) {
      setHeader(name, Integer.toString(value));
    } else {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void reset() {
    super.reset();
    gate.resendWithdrawals();
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    if (!gate.failed()) {
      super.sendRedirect(location);
    }
  }

  @Override
  public void sendError(int status) throws IOException {
    if (!gate.failed()) {
      super.sendError(status);
    }
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    if (!gate.failed()) {
      super.sendError(status, message);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!gate.failed()) {
      super.flushBuffer();
    }
  }
}
