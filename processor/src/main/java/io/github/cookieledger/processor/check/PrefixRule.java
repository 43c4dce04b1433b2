package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;
import java.util.Locale;

/**
 * Rule 2: {@code __Secure-} needs {@code secure}; {@code __Host-} needs {@code secure}, {@code
 * path = "/"} and no {@code domain}. Browsers match the prefixes case-insensitively, so other
 * casings get the same rules and a warning.
 */
final class PrefixRule implements Rule {
  private static final String SECURE = "__Secure-";
  private static final String HOST = "__Host-";

  @Override
  public void check(Declaration d, List<Problem> problems) {
    CookieAttributes a = d.attributes();
    String prefix = prefixOf(a.name());
    if (prefix == null) {
      return;
    }
    String written = a.name().substring(0, prefix.length());
    if (!written.equals(prefix)) {
      problems.add(Message.PREFIX_CASE.at(d.location(), "name", a.name(), written, prefix));
    }
    if (!a.secure()) {
      problems.add(Message.PREFIX_NOT_SECURE.at(d.location(), "secure", a.name(), prefix));
    }
    if (prefix.equals(HOST)) {
      if (!a.path().equals("/")) {
        problems.add(Message.HOST_PREFIX_PATH.at(d.location(), "path", a.name(), a.path()));
      }
      if (!a.domain().isEmpty()) {
        problems.add(Message.HOST_PREFIX_DOMAIN.at(d.location(), "domain", a.name(), a.domain()));
      }
    }
  }

  private static String prefixOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith(SECURE.toLowerCase(Locale.ROOT))) {
      return SECURE;
    }
    if (lower.startsWith(HOST.toLowerCase(Locale.ROOT))) {
      return HOST;
    }
    return null;
  }
}
