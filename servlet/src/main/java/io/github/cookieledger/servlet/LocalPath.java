package io.github.cookieledger.servlet;

/**
 * Where the consent form may send the visitor back to: a path on this site, never another site
 * ({@code //evil.example}, {@code /\evil.example}, {@code https://...}), nothing that could break
 * the {@code Location} header.
 */
final class LocalPath {
  static final int MAX_LENGTH = 2_000;

  private LocalPath() {}

  static boolean isLocal(String path) {
    if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/'
        || path.startsWith("//")) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
