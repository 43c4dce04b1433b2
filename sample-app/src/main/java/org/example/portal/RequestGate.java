package org.example.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The site's front door. The JDK's HTTP server hands a connection to a worker thread as soon as its
 * first byte arrives, and the worker then waits for the rest: a few clients that send half a
 * request and stop hold every worker, and the site freezes. The gate waits instead, on one thread
 * and without blocking: it collects each request until it is complete (within {@link
 * Limits#arrival}, else 408 and the connection is closed), only then passes it to the site on a
 * loopback connection, and writes the answer back without blocking either (within {@link
 * Limits#delivery}). A slow or idle client costs a buffer, never a worker.
 *
 * <p>One request per connection: every answer says {@code Connection: close} and the gate closes
 * the connection after it, which HTTP/1.1 allows and every client handles by opening a new one.
 */
final class RequestGate implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RequestGate.class.getName());
  private static final int MAX_CONNECTIONS = 1024;
  private static final int MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

  /**
   * How long a client may take.
   *
   * @param arrival from connecting to the last byte of its request
   * @param delivery to read the whole answer
   */
  record Limits(Duration arrival, Duration delivery) {
    static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  private final ServerSocketChannel listener;
  private final Selector selector;
  private final InetSocketAddress site;
  private final ExecutorService forwarders;
  private final Limits limits;
  private final Queue<Runnable> fromForwarders = new ConcurrentLinkedQueue<>();
  private final Thread loop;

  /**
   * Binds the gate and starts its thread.
   *
   * @param address where visitors connect
   * @param site the JDK server that answers complete requests
   * @param forwarders the threads that pass complete requests to the site
   * @param limits how long a client may take
   */
  RequestGate(InetSocketAddress address, InetSocketAddress site, ExecutorService forwarders,
      Limits limits) throws IOException {
    this.site = site;
    this.forwarders = forwarders;
    this.limits = limits;
    this.selector = Selector.open();
    this.listener = ServerSocketChannel.open();
    listener.bind(address, 128);
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
    loop = new Thread(this::run, "portal-gate");
    loop.setDaemon(true);
    loop.start();
  }

  int port() {
    return listener.socket().getLocalPort();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    selector.close(); // ends the loop
    forwarders.shutdownNow();
    loop.interrupt();
  }

  private void run() {
    try {
      while (selector.isOpen()) {
        selector.select(250);
        Runnable done;
        while ((done = fromForwarders.poll()) != null) {
          done.run();
        }
        for (SelectionKey key : selector.selectedKeys()) {
          handle(key);
        }
        selector.selectedKeys().clear();
        expire(System.nanoTime());
      }
    } catch (ClosedSelectorException | IOException closed) {
      // closed: the site stops
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "the request gate failed", e);
    }
  }

  private void handle(SelectionKey key) {
    try {
      if (!key.isValid()) {
        return;
      }
      if (key.isAcceptable()) {
        accept();
      } else if (key.isReadable()) {
        ((Visitor) key.attachment()).read();
      } else if (key.isWritable()) {
        ((Visitor) key.attachment()).write();
      }
    } catch (IOException e) {
      if (key.attachment() instanceof Visitor visitor) {
        visitor.close(); // the client went away
      }
    }
  }

  private void accept() throws IOException {
    SocketChannel channel;
    while ((channel = listener.accept()) != null) {
      if (selector.keys().size() > MAX_CONNECTIONS) {
        channel.close();
        continue;
      }
      channel.configureBlocking(false);
      SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
      key.attach(new Visitor(channel, key, System.nanoTime() + limits.arrival().toNanos()));
    }
  }

  private void expire(long now) {
    for (SelectionKey key : selector.keys()) {
      if (key.attachment() instanceof Visitor visitor && now - visitor.deadline > 0) {
        visitor.timedOut();
      }
    }
  }

  /** One client connection: its request as it arrives, then its answer as it leaves. */
  private final class Visitor {
    private final SocketChannel channel;
    private final SelectionKey key;
    private long deadline;
    private byte[] received = new byte[1024];
    private int length;
    private ByteBuffer answer;
    private boolean forwarded;

    Visitor(SocketChannel channel, SelectionKey key, long deadline) {
      this.channel = channel;
      this.key = key;
      this.deadline = deadline;
    }

    void read() throws IOException {
      if (length == received.length) {
        received = Arrays.copyOf(received, received.length * 2);
      }
      int read = channel.read(ByteBuffer.wrap(received, length, received.length - length));
      if (read < 0) {
        close();
        return;
      }
      length += read;
      int complete;
      try {
        complete = RequestFraming.completeLength(received, length);
      } catch (RequestFraming.Refused refused) {
        answer(status(refused.status, refused.getMessage()));
        return;
      }
      if (complete >= 0) {
        key.interestOps(0);
        forwarded = true;
        byte[] request = RequestFraming.forForwarding(received, complete);
        received = null;
        forwarders.execute(() -> forward(request));
      }
    }

    /** On a forwarder thread: the site answers quickly, it never waits for a client. */
    private void forward(byte[] request) {
      byte[] response;
      try (Socket socket = new Socket()) {
        socket.connect(site, 5_000);
        socket.setSoTimeout((int) limits.delivery().toMillis());
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        response = RequestFraming.forVisitor(readAll(socket.getInputStream()));
      } catch (IOException | UncheckedIOException e) {
        LOG.log(Level.WARNING, "the site did not answer a forwarded request", e);
        response = status(502, "Bad gateway");
      }
      byte[] answer = response;
      fromForwarders.add(() -> answer(answer));
      selector.wakeup();
    }

    void answer(byte[] bytes) {
      if (!key.isValid()) {
        return;
      }
      answer = ByteBuffer.wrap(bytes);
      deadline = System.nanoTime() + limits.delivery().toNanos();
      key.interestOps(SelectionKey.OP_WRITE);
    }

    void write() throws IOException {
      channel.write(answer);
      if (!answer.hasRemaining()) {
        close();
      }
    }

    void timedOut() {
      if (answer == null && !forwarded) {
        // still arriving: tell the client why, if it listens, without waiting for it
        try {
          channel.write(ByteBuffer.wrap(status(408, "Request timeout")));
        } catch (IOException ignored) {
          // closing anyway
        }
      }
      if (!forwarded || answer != null) {
        close();
      }
    }

    void close() {
      key.cancel();
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing left to do
      }
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) >= 0) {
      out.write(buffer, 0, read);
      if (out.size() > MAX_RESPONSE_BYTES) {
        throw new IOException("answer larger than " + MAX_RESPONSE_BYTES + " bytes");
      }
    }
    return out.toByteArray();
  }

  private static byte[] status(int status, String reason) {
    byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n"
        + "Connection: close\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }
}
