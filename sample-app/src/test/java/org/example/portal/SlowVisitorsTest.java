package org.example.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.9: clients that send half a request (or nothing) and wait never keep other visitors
 * out, and a request gets a bounded time to arrive.
 */
class SlowVisitorsTest {
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void fiftySlowClientsDoNotKeepAnotherVisitorOut() throws Exception {
    try (PortalServer server = PortalServer.start(0)) {
      assertEquals(200, get(server, Duration.ofSeconds(30)).statusCode()); // warm: classes loaded
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 50; i++) {
          Socket socket = connect(server);
          slow.add(socket);
          String partial = switch (i % 3) {
            case 0 -> "GET / HTTP/1.1\r\nHost: localhost\r\n"; // a head that never ends
            case 1 -> "POST /consent HTTP/1.1\r\nHost: localhost\r\nContent-Type:"
                + " application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\naccept=";
            default -> ""; // connected, silent
          };
          send(socket, partial);
        }
        // Every other visitor is answered within a second, while all fifty wait.
        for (int visitor = 0; visitor < 3; visitor++) {
          assertEquals(200, get(server, Duration.ofSeconds(1)).statusCode());
        }
        HttpResponse<String> consent = http.send(HttpRequest.newBuilder(base(server, "/consent"))
            .timeout(Duration.ofSeconds(1))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("accept=necessary")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(303, consent.statusCode());
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  void aRequestThatDoesNotArriveInTimeIsAnsweredWith408AndClosed() throws Exception {
    RequestGate.Limits limits =
        new RequestGate.Limits(Duration.ofMillis(300), Duration.ofSeconds(30));
    try (PortalServer server = PortalServer.start(0, limits); Socket socket = connect(server)) {
      send(socket, "GET / HTTP/1.1\r\nHost: localhost\r\n");
      String answer = readToEnd(socket);
      assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
    }
  }

  @Test
  void aHeadTooLargeIsRefused() throws Exception {
    try (PortalServer server = PortalServer.start(0); Socket socket = connect(server)) {
      send(socket, "GET / HTTP/1.1\r\nX-Padding: " + "a".repeat(RequestFraming.MAX_HEAD_BYTES));
      assertTrue(readToEnd(socket).startsWith("HTTP/1.1 431 "));
    }
  }

  @Test
  void aBodyTooLargeIsRefusedBeforeItArrives() throws Exception {
    try (PortalServer server = PortalServer.start(0); Socket socket = connect(server)) {
      send(socket, "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000\r\n\r\n");
      assertTrue(readToEnd(socket).startsWith("HTTP/1.1 413 "));
    }
  }

  @Test
  void everyAnswerSaysTheConnectionCloses() throws Exception {
    // A client that is not told keeps the connection for its next request and finds it closed.
    try (PortalServer server = PortalServer.start(0); Socket socket = connect(server)) {
      send(socket, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n");
      String answer = readToEnd(socket);
      String head = answer.substring(0, answer.indexOf("\r\n\r\n") + 2);
      assertTrue(head.startsWith("HTTP/1.1 200 "), head);
      assertEquals(1, head.split("(?i)\r\nConnection:", -1).length - 1, head);
      assertTrue(head.contains("\r\nConnection: close\r\n"), head);
    }
  }

  private HttpResponse<String> get(PortalServer server, Duration timeout) throws Exception {
    return http.send(HttpRequest.newBuilder(base(server, "/")).timeout(timeout).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI base(PortalServer server, String path) {
    return URI.create("http://localhost:" + server.port() + path);
  }

  private static Socket connect(PortalServer server) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static String readToEnd(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
  }
}
