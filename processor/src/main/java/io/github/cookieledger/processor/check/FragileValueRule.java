package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Legal but fragile choices (issue 10.6): values RFC 6265 allows that widely used cookie code
 * refuses or misreads. Warnings that name what refuses them, so the choice is made knowingly.
 */
final class FragileValueRule implements Rule {
  /**
   * Attribute names Python's {@code http.cookies} ({@code Morsel._reserved}) reads as an attribute
   * of the cookie before them, plus the attribute names browsers know ({@code Partitioned}).
   */
  private static final Set<String> ATTRIBUTE_NAMES = Set.of("expires", "max-age", "domain", "path",
      "secure", "httponly", "samesite", "version", "comment", "partitioned");

  @Override
  public void check(Declaration d, List<Problem> problems) {
    String name = d.name();
    if (name.startsWith("$")) {
      problems.add(Message.NAME_DOLLAR.at(d.location(), "name", name));
    } else if (ATTRIBUTE_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      problems.add(Message.NAME_ATTRIBUTE.at(d.location(), "name", name,
          name.toLowerCase(Locale.ROOT).replace("-", "_") + "_pref"));
    }
    String path = d.attributes().path();
    if (path.indexOf(' ') >= 0) {
      problems.add(Message.PATH_SPACE.at(d.location(), "path", name, path));
    }
    if (path.indexOf(',') >= 0) {
      problems.add(Message.PATH_COMMA.at(d.location(), "path", name, path));
    }
  }
}
