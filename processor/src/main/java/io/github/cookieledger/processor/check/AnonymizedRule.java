package io.github.cookieledger.processor.check;

import io.github.cookieledger.Category;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;

/** Rule 6: only statistics can be anonymized; the flag would silently drop consent elsewhere. */
final class AnonymizedRule implements Rule {
  @Override
  public void check(Declaration d, List<Problem> problems) {
    if (d.attributes().anonymized() && d.attributes().category() != Category.STATISTICS) {
      problems.add(Message.ANONYMIZED_NOT_STATISTICS.at(d.location(), "anonymized", d.name(),
          d.attributes().category()));
    }
  }
}
