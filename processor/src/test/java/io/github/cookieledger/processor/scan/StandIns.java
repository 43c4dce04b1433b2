package io.github.cookieledger.processor.scan;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * Small classes with the qualified names of the cookie APIs the scan recognises: enough
 * constructors and methods for the tests to call, nothing else. The scan knows these APIs only by
 * name, so a stand-in is as good as the real library.
 */
final class StandIns {
  private StandIns() {}

  static JavaFileObject servletCookie(String namespace) {
    return source(namespace + ".servlet.http.Cookie", """
        package %s.servlet.http;

        public class Cookie {
          public Cookie(String name, String value) {}
          public void setHttpOnly(boolean httpOnly) {}
          public void setSecure(boolean secure) {}
          public void setPath(String path) {}
          public void setDomain(String domain) {}
          public void setMaxAge(int seconds) {}
        }
        """.formatted(namespace));
  }

  static JavaFileObject servletResponse(String namespace) {
    return source(namespace + ".servlet.http.HttpServletResponse", """
        package %s.servlet.http;

        public interface HttpServletResponse {
          void addHeader(String name, String value);
          void setHeader(String name, String value);
          void addCookie(Cookie cookie);
        }
        """.formatted(namespace));
  }

  static JavaFileObject springResponseCookie() {
    return source("org.springframework.http.ResponseCookie", """
        package org.springframework.http;

        import java.time.Duration;

        public final class ResponseCookie {
          public static ResponseCookieBuilder from(String name) { return null; }
          public static ResponseCookieBuilder from(String name, String value) { return null; }

          public interface ResponseCookieBuilder {
            ResponseCookieBuilder httpOnly(boolean httpOnly);
            ResponseCookieBuilder secure(boolean secure);
            ResponseCookieBuilder path(String path);
            ResponseCookieBuilder domain(String domain);
            ResponseCookieBuilder maxAge(long seconds);
            ResponseCookieBuilder maxAge(Duration maxAge);
            ResponseCookieBuilder sameSite(String sameSite);
            ResponseCookie build();
          }
        }
        """);
  }

  static JavaFileObject springHttpHeaders() {
    return source("org.springframework.http.HttpHeaders", """
        package org.springframework.http;

        public class HttpHeaders {
          public static final String SET_COOKIE = "Set-Cookie";
          public void add(String name, String value) {}
          public void set(String name, String value) {}
        }
        """);
  }

  static JavaFileObject newCookie(String namespace) {
    return source(namespace + ".ws.rs.core.NewCookie", """
        package %s.ws.rs.core;

        public class NewCookie {
          public enum SameSite { NONE, LAX, STRICT }

          public NewCookie(NewCookie copied) {}
          public NewCookie(String name, String value) {}
          public NewCookie(String name, String value, String path, String domain, String comment,
              int maxAge, boolean secure) {}

          public static class Builder {
            public Builder(String name) {}
            public Builder(NewCookie copied) {}
            public Builder value(String value) { return this; }
            public Builder secure(boolean secure) { return this; }
            public Builder httpOnly(boolean httpOnly) { return this; }
            public Builder path(String path) { return this; }
            public Builder maxAge(int seconds) { return this; }
            public Builder sameSite(SameSite sameSite) { return this; }
            public NewCookie build() { return null; }
          }
        }
        """.formatted(namespace));
  }

  static JavaFileObject micronautCookie() {
    return source("io.micronaut.http.cookie.Cookie", """
        package io.micronaut.http.cookie;

        public interface Cookie {
          static Cookie of(String name, String value) { return null; }
          Cookie httpOnly(boolean httpOnly);
          Cookie secure(boolean secure);
          Cookie maxAge(long seconds);
        }
        """);
  }

  static JavaFileObject vertxCookie() {
    return source("io.vertx.core.http.Cookie", """
        package io.vertx.core.http;

        public interface Cookie {
          static Cookie cookie(String name, String value) { return null; }
          Cookie setHttpOnly(boolean httpOnly);
          Cookie setSecure(boolean secure);
          Cookie setPath(String path);
        }
        """);
  }

  static JavaFileObject nettyCookie() {
    return source("io.netty.handler.codec.http.cookie.DefaultCookie", """
        package io.netty.handler.codec.http.cookie;

        public class DefaultCookie {
          public DefaultCookie(String name, String value) {}
          public void setHttpOnly(boolean httpOnly) {}
          public void setSecure(boolean secure) {}
          public void setMaxAge(long seconds) {}
        }
        """);
  }

  private static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }
}
