package io.github.cookieledger.processor.scan;

import io.github.cookieledger.CookieDomains;
import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.LedgerEntry;
import java.util.Locale;
import java.util.Optional;

/**
 * A cookie attribute that code sets next to the creation, through a builder method ({@code
 * httpOnly(false)}) or a setter ({@code setHttpOnly(false)}), and how it can contradict the
 * declaration. Every recognised API spells its attributes with these names.
 */
enum CodedAttribute {
  HTTP_ONLY("httpOnly", "setHttpOnly"),
  SECURE("secure", "setSecure"),
  PATH("path", "setPath"),
  DOMAIN("domain", "setDomain"),
  MAX_AGE("maxAge", "setMaxAge"),
  SAME_SITE("sameSite", "setSameSite"),
  PARTITIONED("partitioned", "setPartitioned");

  private final String builderMethod;
  private final String setter;

  CodedAttribute(String builderMethod, String setter) {
    this.builderMethod = builderMethod;
    this.setter = setter;
  }

  /**
   * The attribute a method sets.
   *
   * @param method the method's simple name
   * @return the attribute, or empty for any other method
   */
  static Optional<CodedAttribute> forMethod(CharSequence method) {
    for (CodedAttribute attribute : values()) {
      if (attribute.builderMethod.contentEquals(method) || attribute.setter.contentEquals(method)) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }

  /**
   * What the declaration says where the coded value contradicts it.
   *
   * @param declared the covering declaration
   * @param coded the constant the code passes: a {@code Boolean} for the flags, a {@code String}
   *     for path, domain and same-site (an enum constant's name), a {@code Long} of seconds for
   *     the maximum age
   * @return the declared and the coded value as a message shows them, or empty when they agree
   *     (or the value is not one this attribute understands)
   */
  Optional<Contradiction> contradiction(LedgerEntry entry, Object coded) {
    CookieAttributes declared = entry.attributes();
    switch (this) {
      case HTTP_ONLY:
        return flag("httpOnly", declared.httpOnly(), coded);
      case SECURE:
        return flag("secure", declared.secure(), coded);
      case PARTITIONED:
        return flag("partitioned", declared.partitioned(), coded);
      case PATH:
        if (coded instanceof String path && !path.equals(declared.path())) {
          return Optional.of(new Contradiction("path = \"" + declared.path() + "\"",
              "path \"" + path + "\""));
        }
        return Optional.empty();
      case DOMAIN:
        if (coded instanceof String domain && !sameDomain(entry.domain(), domain)) {
          String was = declared.domain().isEmpty()
              ? "no domain (host-only)" : "domain = \"" + declared.domain() + "\"";
          return Optional.of(new Contradiction(was, "domain \"" + domain + "\""));
        }
        return Optional.empty();
      case MAX_AGE:
        return coded instanceof Long seconds ? maxAge(entry, seconds) : Optional.empty();
      case SAME_SITE:
        if (coded instanceof String sameSite
            && !sameSite.equalsIgnoreCase(declared.sameSite().name())) {
          return Optional.of(new Contradiction("sameSite = " + declared.sameSite().name(),
              "SameSite " + sameSite));
        }
        return Optional.empty();
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * A contradiction, worded for a message.
   *
   * @param declared the declared value, e.g. {@code httpOnly = true}
   * @param coded the coded value, e.g. {@code httpOnly false}
   */
  record Contradiction(String declared, String coded) {}

  private static Optional<Contradiction> flag(String name, boolean declared, Object coded) {
    if (coded instanceof Boolean value && value != declared) {
      return Optional.of(new Contradiction(name + " = " + declared, name + " " + value));
    }
    return Optional.empty();
  }

  /** The coded domain against the checked one: case and a leading dot do not matter. */
  private static boolean sameDomain(String declared, String coded) {
    return CookieDomains.withoutLeadingDot(coded.trim().toLowerCase(Locale.ROOT))
        .equals(declared.toLowerCase(Locale.ROOT));
  }

  /**
   * A positive maximum age beyond the declared lifetime, or any for a session cookie. Zero and
   * negative values delete the cookie or keep it for the session: never a contradiction.
   */
  private static Optional<Contradiction> maxAge(LedgerEntry entry, long seconds) {
    if (seconds <= 0) {
      return Optional.empty();
    }
    Long declaredSeconds = entry.maxAgeSeconds();
    if (declaredSeconds != null && seconds <= declaredSeconds) {
      return Optional.empty();
    }
    String was = declaredSeconds == null
        ? "duration = \"session\" (deleted when the browser closes)"
        : "duration = \"" + entry.attributes().duration() + "\" (" + declaredSeconds + " seconds)";
    return Optional.of(new Contradiction(was, "a maximum age of " + seconds + " seconds"));
  }
}
