package org.example.portal;

/**
 * Where to send the visitor after a form: the page they came from, given as a {@code back} field.
 * Only a path on this site is accepted, so the site cannot be used to redirect anywhere else.
 */
final class BackLink {
  static final String FIELD = "back";

  private BackLink() {}

  static String of(FormData form) {
    return form.first(FIELD).filter(BackLink::isLocalPath).orElse("/");
  }

  /** @return the form field that brings the visitor back to this path */
  static String hidden(String path) {
    return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + Html.escape(path) + "\">";
  }

  static boolean isLocalPath(String path) {
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
      return false;
    }
    return path.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\');
  }
}
