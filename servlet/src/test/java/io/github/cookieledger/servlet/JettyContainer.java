package io.github.cookieledger.servlet;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Embedded Jetty 12 (ee10, Servlet 6.0) on a free port. */
final class JettyContainer implements Container {
  private final Server server;
  private final ServerConnector connector;
  private final ServletContextHandler context;

  private JettyContainer(Server server, ServerConnector connector, ServletContextHandler context) {
    this.server = server;
    this.connector = connector;
    this.context = context;
  }

  static Container start(Site site) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/");
    site.session.accept(context.getSessionHandler().getSessionCookieConfig());
    FilterHolder filter = site.filter != null ? new FilterHolder(site.filter)
        : new FilterHolder(CookieLedgerFilter.class);
    filter.setName("cookieledger");
    site.filterParams.forEach(filter::setInitParameter);
    context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
    for (Map.Entry<String, jakarta.servlet.Servlet> servlet : site.servlets.entrySet()) {
      ServletHolder holder = new ServletHolder(servlet.getValue());
      site.servletParams.getOrDefault(servlet.getKey(), Map.of()).forEach(holder::setInitParameter);
      holder.setInitOrder(1);
      context.addServlet(holder, servlet.getKey());
    }
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception failedToStart) {
      // the context failed to start: the test looks at the reason the filter recorded
    }
    return new JettyContainer(server, connector, context);
  }

  @Override
  public URI base() {
    return URI.create("http://localhost:" + connector.getLocalPort());
  }

  @Override
  public boolean started() {
    return context.isAvailable() && context.isStarted();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
