package io.github.cookieledger.servlet;

import jakarta.servlet.GenericServlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/** Initialises a servlet with the container's real config and keeps what its init threw. */
final class ServletInitProbe extends GenericServlet {
  private static final long serialVersionUID = 1L;
  private final transient GenericServlet servlet;
  volatile ServletException failure;

  ServletInitProbe(GenericServlet servlet) {
    this.servlet = servlet;
  }

  @Override
  public void init(ServletConfig config) throws ServletException {
    super.init(config);
    try {
      servlet.init(config);
    } catch (ServletException e) {
      failure = e;
    }
  }

  @Override
  public void service(ServletRequest request, ServletResponse response) {}
}
