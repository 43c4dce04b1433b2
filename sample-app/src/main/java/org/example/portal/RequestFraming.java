package org.example.portal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where one HTTP/1.1 request ends in the bytes received so far, so the {@link RequestGate} can tell
 * a complete request from a partial one without a thread waiting for the rest.
 *
 * <p>Only what the site needs: a head of at most {@link #MAX_HEAD_BYTES}, a body framed by {@code
 * Content-Length} of at most {@link #MAX_BODY_BYTES}. Chunked request bodies are refused (the
 * site's forms never send them).
 */
final class RequestFraming {
  static final int MAX_HEAD_BYTES = 16 * 1024;
  static final int MAX_BODY_BYTES = FormData.MAX_BODY_BYTES;

  /** A request the gate answers itself with an error status, never forwarding it. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Refused(int status, String reason) {
      super(reason, null, false, false);
      this.status = status;
    }
  }

  private RequestFraming() {}

  /**
   * @param bytes the bytes received so far
   * @param length how many of them count
   * @return the length of the complete request, or -1 while it is incomplete
   * @throws Refused when the request is too large or framed in a way the site does not accept
   */
  static int completeLength(byte[] bytes, int length) throws Refused {
    int headEnd = headEnd(bytes, length);
    if (headEnd < 0) {
      if (length > MAX_HEAD_BYTES) {
        throw new Refused(431, "Request header fields too large");
      }
      return -1;
    }
    long bodyLength = 0;
    String head = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1);
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("transfer-encoding")) {
        throw new Refused(411, "Length required: send the body with Content-Length");
      }
      if (name.equals("content-length")) {
        try {
          bodyLength = Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw new Refused(400, "Bad Content-Length");
        }
        if (bodyLength < 0) {
          throw new Refused(400, "Bad Content-Length");
        }
      }
    }
    if (bodyLength > MAX_BODY_BYTES) {
      throw new Refused(413, "Request too large: at most " + MAX_BODY_BYTES + " bytes of body");
    }
    int total = headEnd + (int) bodyLength;
    return length >= total ? total : -1;
  }

  /**
   * The request to forward: the same, with {@code Connection: close} so the site closes the
   * connection after its answer (one request per connection), and without {@code Expect} (the
   * body is already here).
   */
  static byte[] forForwarding(byte[] bytes, int length) {
    return closingConnection(bytes, length);
  }

  /**
   * The site's answer as the visitor gets it: with {@code Connection: close}, since the gate closes
   * every connection after one answer. Without it a client keeps the connection for its next
   * request and finds it closed (the JDK server does not echo the header the gate sent it).
   */
  static byte[] forVisitor(byte[] response) {
    return headEnd(response, response.length) < 0
        ? response : closingConnection(response, response.length);
  }

  /** The message with its hop-by-hop connection headers replaced by {@code Connection: close}. */
  private static byte[] closingConnection(byte[] bytes, int length) {
    int headEnd = headEnd(bytes, length);
    String head = new String(bytes, 0, headEnd - 4, StandardCharsets.ISO_8859_1);
    StringBuilder rewritten = new StringBuilder(head.length() + 32);
    String[] lines = head.split("\r\n", -1);
    rewritten.append(lines[0]).append("\r\n");
    for (int i = 1; i < lines.length; i++) {
      String name = lines[i].contains(":")
          ? lines[i].substring(0, lines[i].indexOf(':')).trim().toLowerCase(Locale.ROOT) : "";
      if (!name.equals("connection") && !name.equals("keep-alive") && !name.equals("expect")
          && !name.equals("proxy-connection")) {
        rewritten.append(lines[i]).append("\r\n");
      }
    }
    rewritten.append("Connection: close\r\n\r\n");
    byte[] newHead = rewritten.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] message = new byte[newHead.length + length - headEnd];
    System.arraycopy(newHead, 0, message, 0, newHead.length);
    System.arraycopy(bytes, headEnd, message, newHead.length, length - headEnd);
    return message;
  }

  /** The index just after the blank line ending the head, or -1. */
  private static int headEnd(byte[] bytes, int length) {
    for (int i = 3; i < length; i++) {
      if (bytes[i] == '\n' && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }
}
