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
 * the {@link ResponseGuard} and the {@link CrossSiteGuard}. Visitors reach it through the {@link
 * RequestGate}, so a slow client never holds one of its workers.
 */
public final class PortalServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final RequestGate gate;

  private PortalServer(HttpServer server, ExecutorService executor, RequestGate gate) {
    this.server = server;
    this.executor = executor;
    this.gate = gate;
  }

  /**
   * Binds the site to the loopback interface and starts it.
   *
   * @param port the port, 0 for any free one
   * @return the running site
   * @throws IOException when the port cannot be bound
   */
  public static PortalServer start(int port) throws IOException {
    return start(port, RequestGate.Limits.DEFAULT);
  }

  /**
   * @param port the port, 0 for any free one
   * @param limits how long a visitor may take to send a request and to read the answer
   */
  static PortalServer start(int port, RequestGate.Limits limits) throws IOException {
    // First, so a build without the generated policy fails before a port is taken.
    PolicyResources policy = PolicyResources.fromClassPath();
    Sessions sessions = new Sessions();

    // Loopback only: a sample, not something to expose on a network by accident.
    // The JDK server gets only complete requests, from the gate, on a port of its own.
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4, daemonThreads("portal-http-"));
    http.setExecutor(executor);
    // a pool of its own: forwarders wait for the site's workers, never for each other's pool
    ExecutorService forwarders = Executors.newFixedThreadPool(4, daemonThreads("portal-gate-"));
    RequestGate gate = new RequestGate(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), http.getAddress(),
        forwarders, limits);
    PortalServer portal = new PortalServer(http, executor, gate);
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
    context.getFilters().add(new CrossSiteGuard());
    context.getFilters().add(new ResponseGuard());
    return context;
  }

  /** @return the port the site listens on */
  public int port() {
    return gate.port();
  }

  /** Stops accepting requests and ends the worker threads. */
  @Override
  public void close() {
    try {
      gate.close();
    } catch (IOException ignored) {
      // stopping anyway
    }
    server.stop(0);
    executor.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      // The server's own dispatcher thread keeps the JVM alive; workers must not outlive it.
      thread.setDaemon(true);
      return thread;
    };
  }
}
