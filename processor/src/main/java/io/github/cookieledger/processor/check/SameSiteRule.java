package io.github.cookieledger.processor.check;

import io.github.cookieledger.SameSite;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;

/** Rule 3: {@code sameSite = NONE} needs {@code secure}; browsers drop it otherwise. */
final class SameSiteRule implements Rule {
  @Override
  public void check(Declaration d, List<Problem> problems) {
    if (d.attributes().sameSite() == SameSite.NONE && !d.attributes().secure()) {
      problems.add(Message.SAMESITE_NONE_NOT_SECURE.at(d.location(),
          d.location().value("secure") != null ? "secure" : "sameSite", d.name()));
    }
  }
}
