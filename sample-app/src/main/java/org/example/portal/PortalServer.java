package org.example.portal;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The site on the JDK's built-in HTTP server: which handler answers which path, every one behind
 * the {@link ResponseGuard}.
 */
public final class PortalServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private PortalServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds the site to the loopback interface and starts it.
   *
   * @param port the port, 0 for any free one
   * @return the running site
   * @throws IOException when the port cannot be bound
   */
  public static PortalServer start(int port) throws IOException {
    // First, so a build without the generated policy fails before a port is taken.
    PolicyResources policy = PolicyResources.fromClassPath();
    Sessions sessions = new Sessions();

    // Loopback only: a sample, not something to expose on a network by accident.
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4, daemonThreads());
    http.setExecutor(executor);
    PortalServer portal = new PortalServer(http, executor);
    portal.mount("/", Endpoint.get("/", new HomePage(sessions)));
    portal.mount("/cookie-policy", Endpoint.get("/cookie-policy", new PolicyPage(policy)));
    portal.mount("/cookies.json", Endpoint.get("/cookies.json", new CookiesJson(policy)));
    portal.mount("/language", Endpoint.get("/language", new LanguageSwitch()));
    portal.mount("/consent", Endpoint.post("/consent", new ConsentChoice()));
    portal.mount("/login", Endpoint.post("/login", new Login(sessions)));
    portal.mount("/logout", Endpoint.post("/logout", new Logout(sessions)));

    http.start();
    return portal;
  }

  /**
   * Serves a path with a handler, behind the response guard like every page of the site.
   *
   * @param path the context path (the handler sees every path below it)
   * @param handler the handler
   * @return the context
   */
  public HttpContext mount(String path, HttpHandler handler) {
    HttpContext context = server.createContext(path, handler);
    context.getFilters().add(new ResponseGuard());
    return context;
  }

  /** @return the port the site listens on */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting requests and ends the worker threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "portal-http-" + count.incrementAndGet());
      // The server's own dispatcher thread keeps the JVM alive; workers must not outlive it.
      thread.setDaemon(true);
      return thread;
    };
  }
}
