package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieDomains;
import io.github.cookieledger.CookieNames;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule 7: {@code domain} is a host name (a leading dot is dropped, with a warning); {@code path}
 * starts with {@code /} and is ASCII without {@code ;} or controls.
 */
final class DomainPathRule implements Rule {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?");

  @Override
  public void check(Declaration d, List<Problem> problems) {
    String domain = d.attributes().domain();
    if (!domain.isEmpty()) {
      String problem = domainProblem(domain);
      if (problem != null) {
        problems.add(Message.DOMAIN.at(d.location(), "domain", d.name(), domain, problem));
      } else if (CookieDomains.hasLeadingDot(domain)) {
        problems.add(Message.DOMAIN_LEADING_DOT.at(d.location(), "domain", d.name(), domain,
            CookieDomains.withoutLeadingDot(domain)));
      }
    }
    String path = d.attributes().path();
    String problem = pathProblem(path);
    if (problem != null) {
      problems.add(Message.PATH.at(d.location(), "path", d.name(), path, problem));
    }
  }

  private static String domainProblem(String domain) {
    if (domain.contains("://")) {
      return "which holds a scheme";
    }
    if (domain.chars().anyMatch(Character::isWhitespace)) {
      return "which holds a space";
    }
    if (domain.contains("/")) {
      return "which holds a path";
    }
    if (domain.contains(":")) {
      return "which holds a port";
    }
    String host = CookieDomains.withoutLeadingDot(domain);
    if (host.length() > 253) {
      return "which is longer than a host name can be";
    }
    for (String label : host.split("\\.", -1)) {
      if (label.length() > 63 || !LABEL.matcher(label).matches()) {
        return "which is not a host name (label \"" + label + "\")";
      }
    }
    return null;
  }

  private static String pathProblem(String path) {
    if (!path.startsWith("/")) {
      return "does not start with /";
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == ';') {
        return "holds ';', which would end the attribute";
      }
      if (c < 0x20 || c == 0x7f) {
        return "holds " + CookieNames.describe(c);
      }
      if (c >= 0x80) {
        return "holds " + CookieNames.describe(path.codePointAt(i)) + " at position " + (i + 1)
            + ", but RFC 6265 paths are ASCII (browsers and servers encode others differently):"
            + " percent-encode it in UTF-8, e.g. /caf%C3%A9";
      }
    }
    return null;
  }
}
