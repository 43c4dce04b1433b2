package org.example.springportal;

/**
 * Where to send the visitor after a form: the page they came from, given as a {@code back}
 * field. Only a path on this site is accepted, so the site cannot be used to redirect elsewhere.
 */
final class LocalPath {
  private LocalPath() {}

  /** @return {@code back} when it is a path on this site, else {@code /} */
  static String orHome(String back) {
    return back != null && isLocal(back) ? back : "/";
  }

  static boolean isLocal(String path) {
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
      return false;
    }
    return path.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\');
  }
}
