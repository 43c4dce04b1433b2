package io.github.cookieledger.processor.scan;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
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
          public String getName() { return null; }
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
            ResponseCookieBuilder partitioned(boolean partitioned);
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

  /** JAX-RS's {@code Response} with its builder, whose {@code header} takes any value. */
  static JavaFileObject jaxRsResponse(String namespace) {
    return source(namespace + ".ws.rs.core.Response", """
        package %s.ws.rs.core;

        public abstract class Response {
          public static ResponseBuilder ok() { return null; }

          public abstract static class ResponseBuilder {
            public abstract Response build();
            public abstract ResponseBuilder header(String name, Object value);
            public abstract ResponseBuilder cookie(NewCookie... cookies);
          }
        }
        """.formatted(namespace));
  }

  /** JAX-RS's headers map and the response filter's context that hands it out. */
  static List<JavaFileObject> jaxRsResponseContext(String namespace) {
    return List.of(source(namespace + ".ws.rs.core.MultivaluedMap", """
        package %s.ws.rs.core;

        public interface MultivaluedMap<K, V> extends java.util.Map<K, java.util.List<V>> {
          void putSingle(K key, V value);
          void add(K key, V value);
        }
        """.formatted(namespace)), source(namespace + ".ws.rs.container.ContainerResponseContext", """
        package %s.ws.rs.container;

        import %s.ws.rs.core.MultivaluedMap;

        public interface ContainerResponseContext {
          MultivaluedMap<String, Object> getHeaders();
        }
        """.formatted(namespace, namespace)));
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

  static JavaFileObject servletResponseWrapper(String namespace) {
    return source(namespace + ".servlet.http.HttpServletResponseWrapper", """
        package %s.servlet.http;

        public class HttpServletResponseWrapper implements HttpServletResponse {
          public HttpServletResponseWrapper(HttpServletResponse response) {}
          public void addHeader(String name, String value) {}
          public void setHeader(String name, String value) {}
          public void addCookie(Cookie cookie) {}
        }
        """.formatted(namespace));
  }

  static JavaFileObject servletRequest(String namespace) {
    return source(namespace + ".servlet.http.HttpServletRequest", """
        package %s.servlet.http;

        public interface HttpServletRequest {
          Cookie[] getCookies();
        }
        """.formatted(namespace));
  }

  /** Spring Security's classes that take cookie names, and Spring's test request builders. */
  static List<JavaFileObject> springSecurity() {
    return List.of(
        source("org.springframework.security.config.annotation.web.configurers.LogoutConfigurer",
            """
            package org.springframework.security.config.annotation.web.configurers;

            public final class LogoutConfigurer<H> {
              public LogoutConfigurer<H> deleteCookies(String... cookieNamesToClear) {
                return this;
              }
            }
            """),
        source("org.springframework.security.config.annotation.web.configurers"
            + ".RememberMeConfigurer", """
            package org.springframework.security.config.annotation.web.configurers;

            public final class RememberMeConfigurer<H> {
              public RememberMeConfigurer<H> rememberMeCookieName(String name) { return this; }
            }
            """),
        source("org.springframework.security.web.authentication.logout"
            + ".CookieClearingLogoutHandler", """
            package org.springframework.security.web.authentication.logout;

            public final class CookieClearingLogoutHandler {
              public CookieClearingLogoutHandler(String... cookiesToClear) {}
            }
            """),
        source("org.springframework.security.web.csrf.CookieCsrfTokenRepository", """
            package org.springframework.security.web.csrf;

            public final class CookieCsrfTokenRepository {
              public void setCookieName(String cookieName) {}
            }
            """),
        source("org.springframework.security.web.authentication.rememberme"
            + ".AbstractRememberMeServices", """
            package org.springframework.security.web.authentication.rememberme;

            public abstract class AbstractRememberMeServices {
              public void setCookieName(String cookieName) {}
            }
            """),
        source("org.springframework.security.web.authentication.rememberme"
            + ".TokenBasedRememberMeServices", """
            package org.springframework.security.web.authentication.rememberme;

            public class TokenBasedRememberMeServices extends AbstractRememberMeServices {}
            """));
  }

  static JavaFileObject javalinContext() {
    return source("io.javalin.http.Context", """
        package io.javalin.http;

        public interface Context {
          String cookie(String name);
          Context cookie(String name, String value);
          Context cookie(String name, String value, int maxAge);
          Context cookie(Cookie cookie);
          Context removeCookie(String name);
          Context removeCookie(String name, String path);
        }
        """);
  }

  static JavaFileObject javalinCookie() {
    return source("io.javalin.http.Cookie", """
        package io.javalin.http;

        public final class Cookie {
          public Cookie(String name, String value) {}
        }
        """);
  }

  static JavaFileObject undertowCookie() {
    return source("io.undertow.server.handlers.CookieImpl", """
        package io.undertow.server.handlers;

        public class CookieImpl {
          public CookieImpl(String name) {}
          public CookieImpl(String name, String value) {}
          public CookieImpl setHttpOnly(boolean httpOnly) { return this; }
        }
        """);
  }

  static JavaFileObject jettyCookie() {
    return source("org.eclipse.jetty.http.HttpCookie", """
        package org.eclipse.jetty.http;

        public interface HttpCookie {
          static HttpCookie from(String name, String value) { return null; }
          static Builder build(String name, String value) { return null; }

          interface Builder {
            Builder httpOnly(boolean httpOnly);
            HttpCookie build();
          }
        }
        """);
  }

  static JavaFileObject playCookie() {
    return source("play.mvc.Http", """
        package play.mvc;

        public final class Http {
          public static class Cookie {
            public static CookieBuilder builder(String name, String value) { return null; }
          }

          public interface CookieBuilder {
            Cookie build();
          }
        }
        """);
  }

  static JavaFileObject helidonSetCookie() {
    return source("io.helidon.http.SetCookie", """
        package io.helidon.http;

        public final class SetCookie {
          public static Builder builder(String name, String value) { return null; }

          public interface Builder {
            SetCookie build();
          }
        }
        """);
  }

  /** Spring's test request builder and mock request: cookies sent, not set. */
  static List<JavaFileObject> springTestRequests(String namespace) {
    return List.of(
        source("org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder", """
            package org.springframework.test.web.servlet.request;

            public class MockHttpServletRequestBuilder {
              public MockHttpServletRequestBuilder cookie(%s.servlet.http.Cookie... cookies) {
                return this;
              }
            }
            """.formatted(namespace)),
        source("org.springframework.mock.web.MockHttpServletRequest", """
            package org.springframework.mock.web;

            public class MockHttpServletRequest {
              public void setCookies(%s.servlet.http.Cookie... cookies) {}
            }
            """.formatted(namespace)));
  }

  private static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }
}
