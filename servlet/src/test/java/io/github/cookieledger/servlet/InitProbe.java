package io.github.cookieledger.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Passes everything to a filter and keeps what its {@code init} threw: the container only logs
 * it, the test reads the message.
 */
final class InitProbe implements Filter {
  private final Filter filter;
  volatile ServletException failure;

  InitProbe(Filter filter) {
    this.filter = filter;
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    try {
      filter.init(config);
    } catch (ServletException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    filter.doFilter(request, response, chain);
  }
}
