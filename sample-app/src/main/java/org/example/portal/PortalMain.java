package org.example.portal;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Starts the site: {@code java -jar cookieledger-sample-app.jar [--port N]}.
 *
 * <p>Only argument parsing and the start-up line live here; {@link PortalServer} builds the site.
 */
public final class PortalMain {
  static final int DEFAULT_PORT = 8080;

  private PortalMain() {}

  /**
   * @param args {@code --port N} (default 8080; 0 picks a free port)
   * @throws IOException when the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    // One line per log record: the guard's refusals must be easy to grep.
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
    }
    int port;
    try {
      port = port(args);
    } catch (IllegalArgumentException e) {
      usage(System.err, e.getMessage());
      System.exit(2);
      return;
    }
    if (port < 0) {
      usage(System.out, null);
      return;
    }
    PortalServer server = PortalServer.start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "portal-shutdown"));
    System.out.println("Listening on http://localhost:" + server.port() + "/");
    System.out.flush();
  }

  /**
   * Reads the port from the arguments.
   *
   * @param args the command line
   * @return the port, or -1 when help was asked for
   * @throws IllegalArgumentException for anything else than {@code --port N} or {@code --help}
   */
  static int port(String[] args) {
    int port = DEFAULT_PORT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value;
      if (arg.equals("--help") || arg.equals("-h")) {
        return -1;
      } else if (arg.equals("--port")) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException("--port wants a number");
        }
        value = args[++i];
      } else if (arg.startsWith("--port=")) {
        value = arg.substring("--port=".length());
      } else {
        throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
      try {
        port = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port wants a number, got '" + value + "'");
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port wants 0 to 65535, got " + port);
      }
    }
    return port;
  }

  private static void usage(PrintStream out, String problem) {
    if (problem != null) {
      out.println("error: " + problem);
    }
    out.println("usage: java -jar cookieledger-sample-app.jar [--port N]");
    out.println("  --port N   port on localhost to listen on (default " + DEFAULT_PORT
        + ", 0 = any free port)");
  }
}
