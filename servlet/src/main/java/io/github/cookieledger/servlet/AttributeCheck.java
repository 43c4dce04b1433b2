package io.github.cookieledger.servlet;

import io.github.cookieledger.CookieDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares a {@code Set-Cookie} with its declaration: Secure, HttpOnly, SameSite, Path and Domain
 * as declared, and a lifetime no longer than declared. A deletion (Max-Age 0, an Expires in the
 * past) may be shorter than anything, but its other attributes must still match, or the browser
 * keeps the cookie it was meant to delete.
 */
final class AttributeCheck {
  /** Expires is written to the second at some moment before it is read. */
  private static final Duration EXPIRES_SLACK = Duration.ofMinutes(1);

  private AttributeCheck() {}

  /** @return whether the header deletes the cookie */
  static boolean deletes(SetCookieHeader header, Instant now) {
    String maxAge = header.attribute("max-age");
    if (maxAge != null) {
      Long seconds = seconds(maxAge);
      return seconds != null && seconds <= 0;
    }
    Instant expires = expires(header.attribute("expires"));
    return expires != null && !expires.isAfter(now);
  }

  /** @return each difference from the declaration, in words; empty when there is none */
  static List<String> differences(SetCookieHeader header, CookieDefinition declared, Instant now) {
    List<String> differences = new ArrayList<>();
    flag(differences, "Secure", header.has("secure"), declared.secure());
    flag(differences, "HttpOnly", header.has("httponly"), declared.httpOnly());
    String sameSite = header.attribute("samesite");
    if (sameSite == null || !sameSite.equalsIgnoreCase(declared.sameSite().attributeValue())) {
      differences.add("SameSite " + shown(sameSite) + " instead of "
          + declared.sameSite().attributeValue());
    }
    String path = header.attribute("path");
    if (path == null || !path.equals(declared.path())) {
      differences.add("Path " + shown(path) + " instead of " + declared.path());
    }
    String domain = header.attribute("domain");
    String sentDomain = domain == null ? "" : trimDot(domain).toLowerCase(Locale.ROOT);
    if (!sentDomain.equals(trimDot(declared.domain()).toLowerCase(Locale.ROOT))) {
      differences.add("Domain " + shown(domain) + " instead of "
          + (declared.domain().isEmpty() ? "none (host-only)" : declared.domain()));
    }
    lifetime(header, declared, now, differences);
    return differences;
  }

  private static void lifetime(SetCookieHeader header, CookieDefinition declared, Instant now,
      List<String> differences) {
    if (deletes(header, now)) {
      return;
    }
    Duration sent;
    String maxAge = header.attribute("max-age");
    if (maxAge != null) {
      Long seconds = seconds(maxAge);
      if (seconds == null) {
        differences.add("Max-Age " + maxAge + " is not a number of seconds");
        return;
      }
      sent = Duration.ofSeconds(seconds);
    } else if (header.has("expires")) {
      Instant expires = expires(header.attribute("expires"));
      if (expires == null) {
        differences.add("Expires " + header.attribute("expires") + " is not an HTTP date");
        return;
      }
      sent = Duration.between(now, expires).minus(EXPIRES_SLACK);
    } else {
      return; // a session cookie never outlives a declared lifetime
    }
    if (declared.maxAge().isEmpty()) {
      differences.add("a lifetime of " + sent.getSeconds() + " s instead of a session cookie");
    } else if (sent.compareTo(declared.maxAge().get()) > 0) {
      differences.add("a lifetime of " + sent.getSeconds() + " s, longer than the declared "
          + declared.duration() + " (" + declared.maxAge().get().getSeconds() + " s)");
    }
  }

  private static void flag(List<String> differences, String name, boolean sent, boolean declared) {
    if (sent != declared) {
      differences.add(sent ? name + " set but not declared" : name + " missing");
    }
  }

  private static String shown(String value) {
    return value == null ? "missing" : "'" + value + "'";
  }

  private static String trimDot(String domain) {
    return domain.startsWith(".") ? domain.substring(1) : domain;
  }

  private static Long seconds(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant expires(String text) {
    if (text == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
