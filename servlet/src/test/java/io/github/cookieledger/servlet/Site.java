package io.github.cookieledger.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.SessionCookieConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a test deploys on a container: the filter (an instance, or its class with init
 * parameters as web.xml gives them), servlets by path, and the session cookie settings.
 */
final class Site {
  Filter filter;
  final Map<String, String> filterParams = new LinkedHashMap<>();
  final Map<String, Servlet> servlets = new LinkedHashMap<>();
  final Map<String, Map<String, String>> servletParams = new LinkedHashMap<>();
  /** As the declaration of JSESSIONID says, unless a test changes it. */
  Consumer<SessionCookieConfig> session = Site::declaredSession;

  static void declaredSession(SessionCookieConfig config) {
    config.setSecure(true);
    config.setHttpOnly(true);
    config.setAttribute("SameSite", "Lax");
  }

  Site filter(Filter filter) {
    this.filter = filter;
    return this;
  }

  Site param(String name, String value) {
    filterParams.put(name, value);
    return this;
  }

  Site servlet(String path, Servlet servlet) {
    servlets.put(path, servlet);
    return this;
  }

  Site servlet(String path, Servlet servlet, Map<String, String> params) {
    servlets.put(path, servlet);
    servletParams.put(path, params);
    return this;
  }

  Site session(Consumer<SessionCookieConfig> session) {
    this.session = session;
    return this;
  }
}
