package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;

/** Rule 4: {@code provider} and {@code purpose} say something; the policy shows them to visitors. */
final class TextRule implements Rule {
  @Override
  public void check(Declaration d, List<Problem> problems) {
    if (d.attributes().provider().isBlank()) {
      problems.add(Message.BLANK_PROVIDER.at(d.location(), "provider", d.name(),
          d.attributes().provider()));
    }
    if (d.attributes().purpose().isBlank()) {
      problems.add(Message.BLANK_PURPOSE.at(d.location(), "purpose", d.name(),
          d.attributes().purpose()));
    }
  }
}
