package io.github.cookieledger.processor.read;

import java.util.Locale;

/** Derives a registry constant from a cookie name: {@code django_language} → {@code DJANGO_LANGUAGE}. */
public final class ConstantNames {
  private ConstantNames() {}

  /**
   * The name upper-cased ({@link Locale#ROOT}, so {@code i} never becomes a dotted capital), every
   * character that cannot stand in a Java identifier turned into {@code _}, and {@code _} in front
   * of a leading digit.
   */
  public static String derive(String cookieName) {
    String upper = cookieName.toUpperCase(Locale.ROOT);
    StringBuilder constant = new StringBuilder(upper.length() + 1);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      constant.append(Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c) ? c : '_');
    }
    if (constant.length() > 0 && !Character.isJavaIdentifierStart(constant.charAt(0))) {
      constant.insert(0, '_');
    }
    return constant.toString();
  }
}
