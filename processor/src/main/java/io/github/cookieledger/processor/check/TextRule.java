package io.github.cookieledger.processor.check;

import io.github.cookieledger.RegistryTable;
import io.github.cookieledger.processor.model.CookieRows;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;
import java.util.Map;

/**
 * Rule 4: {@code provider} and {@code purpose} say something; the policy shows them to visitors.
 * And no text is longer than a class file can hold: javac stores every annotation value as one
 * string constant of at most 65,535 bytes (modified UTF-8), and would otherwise fail with
 * "constant string too long".
 */
final class TextRule implements Rule {
  static final int MAX_CONSTANT_BYTES = 65_535;

  @Override
  public void check(Declaration d, List<Problem> problems) {
    for (Map.Entry<String, String> field : CookieRows.asMap(d.attributes()).entrySet()) {
      int bytes = RegistryTable.modifiedUtf8Length(field.getValue());
      if (bytes > MAX_CONSTANT_BYTES) {
        problems.add(Message.TEXT_TOO_LONG.at(d.location(), field.getKey(), field.getKey(),
            shortened(d.name()), bytes, field.getValue().length()));
      }
    }
    if (d.attributes().provider().isBlank()) {
      problems.add(Message.BLANK_PROVIDER.at(d.location(), "provider", d.name(),
          d.attributes().provider()));
    }
    if (d.attributes().purpose().isBlank()) {
      problems.add(Message.BLANK_PURPOSE.at(d.location(), "purpose", d.name(),
          d.attributes().purpose()));
    }
  }

  /** A name in a message: the first 60 characters of a very long one. */
  private static String shortened(String name) {
    return name.length() <= 60 ? name : name.substring(0, 60) + "...";
  }
}
