package io.github.cookieledger.processor.check;

import io.github.cookieledger.SameSite;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;

/** Rule 3: {@code sameSite = NONE} needs {@code secure}; browsers drop it otherwise. */
final class SameSiteRule implements Rule {
  @Override
  public void check(Declaration d, List<Problem> problems) {
    if (d.attributes().sameSite() == SameSite.NONE && !d.attributes().secure()) {
      problems.add(Problem.error("[cookie-samesite] cookie \"" + d.name() + "\" has sameSite ="
          + " NONE but secure = false: browsers reject a SameSite=None cookie that is not Secure."
          + " Remove secure = false, or use LAX.", d.location(),
          d.location().value("secure") != null ? "secure" : "sameSite"));
    }
  }
}
