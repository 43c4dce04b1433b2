package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieNames;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Location;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.read.ConstantNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * Rule 9: registry constants are unique valid Java identifiers, not {@code _} and not {@code
 * REVISION}. An invalid constant leaves its cookie out of the registry (it cannot be written); of
 * clashing ones the first stays, so code that uses it compiles.
 */
final class ConstantCheck {
  private static final Set<String> RESERVED = Set.of("_", "REVISION");

  private ConstantCheck() {}

  /** @return the local entries that can be written into the registry */
  static List<LedgerEntry> check(List<LedgerEntry> entries, List<Problem> problems) {
    Map<String, LedgerEntry> byConstant = new TreeMap<>();
    List<LedgerEntry> writable = new ArrayList<>();
    for (LedgerEntry entry : entries) {
      if (!entry.local()) {
        writable.add(entry);
        continue;
      }
      String constant = entry.attributes().constant();
      Message problem = problem(constant);
      if (problem != null && nameErrorSaysIt(entry)) {
        continue;
      }
      if (problem != null) {
        report(entry, problems, problem, constant, suggestion(entry));
        continue;
      }
      LedgerEntry clash = byConstant.putIfAbsent(constant, entry);
      if (clash != null) {
        report(entry, problems, Message.CONSTANT_CLASH, constant, clash.name(), suggestion(entry));
        report(clash, problems, Message.CONSTANT_CLASH, constant, entry.name(), suggestion(clash));
        continue;
      }
      writable.add(entry);
    }
    return writable;
  }

  private static Message problem(String constant) {
    if (RESERVED.contains(constant)) {
      return Message.CONSTANT_RESERVED;
    }
    if (!SourceVersion.isIdentifier(constant) || SourceVersion.isKeyword(constant)) {
      return Message.CONSTANT_INVALID;
    }
    return null;
  }

  /**
   * A constant derived from an invalid name (empty, only wildcards) is invalid too; the name error
   * already tells the user what to fix, a second error on the same value would only be noise.
   */
  private static boolean nameErrorSaysIt(LedgerEntry entry) {
    return CookieNames.problem(entry.name()).isPresent()
        && entry.attributes().constant().equals(ConstantNames.derive(entry.name()));
  }

  private static String suggestion(LedgerEntry entry) {
    StringBuilder s = new StringBuilder();
    for (char c : entry.name().toCharArray()) {
      s.append(Character.isLetterOrDigit(c) && c < 0x80 ? Character.toUpperCase(c) : '_');
    }
    String base = s.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
      base = "COOKIE_" + base;
    }
    return base + (entry.pattern() ? "_PATTERN" : "_COOKIE");
  }

  /** Reports on every declaration of the entry; {@code values} follow the cookie's name. */
  private static void report(LedgerEntry entry, List<Problem> problems, Message message,
      Object... values) {
    Object[] all = new Object[values.length + 1];
    all[0] = entry.name();
    System.arraycopy(values, 0, all, 1, values.length);
    for (Location location : entry.locations()) {
      problems.add(message.at(location, location.value("constant") != null ? "constant" : "name",
          all));
    }
  }
}
