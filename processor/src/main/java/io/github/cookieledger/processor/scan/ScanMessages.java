package io.github.cookieledger.processor.scan;

import io.github.cookieledger.processor.model.LedgerEntry;

/** Every message of the scan, each with a stable tag. */
final class ScanMessages {
  private ScanMessages() {}

  /**
   * A cookie set by a constant name that no declaration covers.
   *
   * @param name the cookie's name
   * @param where the enclosing method, field or type, as {@code cookies.json} names it
   */
  static String undeclared(String name, String where) {
    return "[cookie-undeclared] cookie \"" + javaString(name) + "\" is set here, in " + where
        + ", but no @Cookie declares it, so the cookie policy does not list it. Declare it on the"
        + " code that sets it: @Cookie(name = \"" + javaString(name) + "\", provider = \"...\","
        + " purpose = \"...\", category = Category....) with the category NECESSARY, FUNCTIONAL,"
        + " STATISTICS or MARKETING; for a cookie a library declares, list the library's registry"
        + " in @CookiePolicy(includes = ...).";
  }

  /**
   * An attribute the code sets differently from the declaration.
   *
   * @param name the cookie's name as set
   * @param entry the covering declaration
   * @param contradiction the declared and the coded value
   */
  static String contradicts(String name, LedgerEntry entry, CodedAttribute.Contradiction contradiction) {
    String declaredBy = String.join(", ", entry.declaredBy());
    String declaration = entry.name().equals(name)
        ? "cookie \"" + javaString(name) + "\" (declared by " + declaredBy + ")"
        : "cookie \"" + javaString(name) + "\" (declared by " + declaredBy + " with the pattern \""
            + javaString(entry.name()) + "\")";
    return "[cookie-attribute] " + declaration + " has " + contradiction.declared()
        + ", but this code sets " + contradiction.coded() + ". Make the code and the declaration"
        + " agree: the cookie policy describes the declaration.";
  }

  /**
   * The count of call sites whose cookie name the scan cannot read.
   *
   * @param count how many
   */
  static String notConstant(int count) {
    return "[cookie-scan] " + count + (count == 1 ? " call site sets" : " call sites set")
        + " a cookie whose name is not a compile-time constant, so the check for undeclared"
        + " cookies cannot see which cookie it is. Check them by hand, or build the Set-Cookie"
        + " header from the registry's constants (setCookieHeader), which always match a"
        + " declaration.";
  }

  /**
   * The scan is skipped: the compiler offers no source trees.
   *
   * @param environment the processing environment's class
   * @param reason what failed
   */
  static String skipped(String environment, String reason) {
    return "[cookie-scan] javac's source trees are not available to annotation processors here"
        + " (processing environment " + environment + ": " + reason + "); the Eclipse compiler"
        + " and build tools that wrap javac's processing environment do not offer them. cookieledger"
        + " therefore skips the check for cookies that code sets without a @Cookie declaration"
        + " (cookieledger.undeclared); declarations, the registry and the documents are not"
        + " affected. Compile with plain javac to run that check.";
  }

  /** A name as it stands between quotes in Java source. */
  static String javaString(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
