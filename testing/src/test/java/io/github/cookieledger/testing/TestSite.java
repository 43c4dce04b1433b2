package io.github.cookieledger.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server on a free port for the browser tests: pages with their {@code Set-Cookie}
 * headers, and static files (the npm packages, the generated modules) from folders.
 */
final class TestSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, Path> folders = new ConcurrentHashMap<>();

  private record Page(String html, List<String> setCookies) {}

  private TestSite(HttpServer server) {
    this.server = server;
  }

  static TestSite start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      TestSite site = new TestSite(server);
      server.createContext("/", site::handle);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://localhost:<port>}: localhost, where Chromium keeps Secure cookies on http. */
  String base() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  /** Serves a page at {@code path}, sending each {@code Set-Cookie} value. */
  TestSite page(String path, String html, String... setCookies) {
    pages.put(path, new Page(html, List.of(setCookies)));
    return this;
  }

  /** Serves the files under {@code folder} at {@code /<prefix>/...}. */
  TestSite folder(String prefix, Path folder) {
    folders.put("/" + prefix + "/", folder);
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Page page = pages.get(path);
      if (page != null) {
        page.setCookies().forEach(value -> exchange.getResponseHeaders().add("Set-Cookie", value));
        send(exchange, 200, "text/html; charset=utf-8",
            page.html().getBytes(StandardCharsets.UTF_8));
        return;
      }
      for (Map.Entry<String, Path> folder : folders.entrySet()) {
        if (path.startsWith(folder.getKey())) {
          Path root = folder.getValue().toAbsolutePath().normalize();
          Path file = root.resolve(path.substring(folder.getKey().length())).normalize();
          if (file.startsWith(root) && Files.isRegularFile(file)) {
            send(exchange, 200, type(file), Files.readAllBytes(file));
            return;
          }
        }
      }
      send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".js") || name.endsWith(".mjs")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    return "application/octet-stream";
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
