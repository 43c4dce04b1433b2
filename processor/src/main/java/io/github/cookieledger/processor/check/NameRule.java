package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieNames;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;

/** Rule 1: a name is an RFC 6265 token; wildcards neither adjacent nor the whole name. */
final class NameRule implements Rule {
  @Override
  public void check(Declaration d, List<Problem> problems) {
    CookieNames.problem(d.name()).ifPresent(problem ->
        problems.add(Message.NAME.at(d.location(), "name", d.name(), problem)));
  }
}
