package io.github.cookieledger.processor.write;

import io.github.cookieledger.CookieNames;
import io.github.cookieledger.processor.json.JsonOutput;

/**
 * Declared text as JavaScript source. A string literal is written by Gson's JSON writer: a JSON
 * string is a JavaScript string, and its HTML-safe mode writes {@code < > & = '} and U+2028/U+2029
 * as {@code \\uXXXX}, so a purpose holding {@code </script>} cannot end an inline script and a
 * line separator cannot end the literal. Every other non-ASCII character (a lone surrogate too) is
 * escaped as well, so the module is plain ASCII and reads the same in any charset.
 */
final class JsText {
  /** A cookie pattern's {@code *}: one or more RFC 6265 token characters. */
  private static final String COOKIE_WILDCARD = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
  /** A storage pattern's {@code *}: one or more characters of any kind. */
  private static final String STORAGE_WILDCARD = "[\\s\\S]+";

  private JsText() {}

  /** A JavaScript string literal holding exactly {@code text}. */
  static String literal(String text) {
    String json = JsonOutput.htmlSafeLiteral(text);
    StringBuilder ascii = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        ascii.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        ascii.append(c);
      }
    }
    return ascii.toString();
  }

  /** An anchored {@code RegExp} for a cookie name or pattern. */
  static String cookieRegExp(String name) {
    return regExp(name, COOKIE_WILDCARD);
  }

  /** An anchored {@code RegExp} for a web storage name or pattern. */
  static String storageRegExp(String name) {
    return regExp(name, STORAGE_WILDCARD);
  }

  private static String regExp(String name, String wildcard) {
    StringBuilder source = new StringBuilder("^");
    for (char c : name.toCharArray()) {
      if (c == CookieNames.WILDCARD) {
        source.append(wildcard);
      } else {
        if ("\\^$.|?*+()[]{}/-".indexOf(c) >= 0) {
          source.append('\\');
        }
        source.append(c);
      }
    }
    return "new RegExp(" + literal(source.append('$').toString()) + ")";
  }
}
