package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.CookieAttributes;
import io.github.cookieledger.processor.model.Declaration;
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
      problems.add(Problem.warning("[cookie-prefix] cookie \"" + a.name() + "\" starts with \""
          + written + "\", which browsers treat as the " + prefix + " prefix: write \"" + prefix
          + "\" so readers see the rules it brings.", d.location(), "name"));
    }
    if (!a.secure()) {
      problems.add(Problem.error("[cookie-prefix] cookie \"" + a.name() + "\" has the " + prefix
          + " prefix but secure = false: browsers reject it. Remove secure = false.",
          d.location(), "secure"));
    }
    if (prefix.equals(HOST)) {
      if (!a.path().equals("/")) {
        problems.add(Problem.error("[cookie-prefix] cookie \"" + a.name() + "\" has the __Host-"
            + " prefix but path = \"" + a.path() + "\": browsers reject it. Use path = \"/\".",
            d.location(), "path"));
      }
      if (!a.domain().isEmpty()) {
        problems.add(Problem.error("[cookie-prefix] cookie \"" + a.name() + "\" has the __Host-"
            + " prefix but domain = \"" + a.domain() + "\": browsers reject it. Remove the domain"
            + " (a __Host- cookie is host-only) or drop the prefix.", d.location(), "domain"));
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
