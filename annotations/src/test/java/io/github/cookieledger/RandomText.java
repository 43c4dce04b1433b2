package io.github.cookieledger;

import java.util.Random;

/** Seeded random strings for the property tests: the same cases on every run and machine. */
final class RandomText {
  /** RFC 6265 token characters (a cookie name may hold these), {@code *} included. */
  static final String TOKEN_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~";

  /** RFC 6265 cookie-octets: what a cookie value may hold. */
  static final String COOKIE_OCTETS = cookieOctets();

  /** Separators, whitespace, controls, DEL, non-ASCII and a lone surrogate. */
  static final String NON_TOKEN_CHARS =
      "()<>@,;:\\\"/[]?={} \t\r\n\u0000\u0001\u001b\u001f\u007f\u0080\u00a0\u00e9\u20ac\ud83d\ufeff";

  private final Random random;

  RandomText(long seed) {
    this.random = new Random(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }

  /** A string of {@code minLength..maxLength} characters drawn from the alphabet. */
  String string(String alphabet, int minLength, int maxLength) {
    int length = minLength + random.nextInt(maxLength - minLength + 1);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(pick(alphabet));
    }
    return s.toString();
  }

  /** One random edit: insert, delete, replace or swap a character, or cut the string. */
  String mutate(String s, String alphabet) {
    StringBuilder b = new StringBuilder(s);
    int at = b.length() == 0 ? 0 : random.nextInt(b.length());
    switch (b.length() == 0 ? 0 : random.nextInt(5)) {
      case 0:
        b.insert(random.nextInt(b.length() + 1), pick(alphabet));
        break;
      case 1:
        b.deleteCharAt(at);
        break;
      case 2:
        b.setCharAt(at, pick(alphabet));
        break;
      case 3:
        int other = random.nextInt(b.length());
        char c = b.charAt(at);
        b.setCharAt(at, b.charAt(other));
        b.setCharAt(other, c);
        break;
      default:
        b.setLength(at);
        break;
    }
    return b.toString();
  }

  private static String cookieOctets() {
    StringBuilder s = new StringBuilder();
    for (char c = 0x21; c <= 0x7e; c++) {
      if (c != '"' && c != ',' && c != ';' && c != '\\') {
        s.append(c);
      }
    }
    return s.toString();
  }
}
