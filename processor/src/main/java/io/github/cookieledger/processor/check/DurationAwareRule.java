package io.github.cookieledger.processor.check;

import io.github.cookieledger.CookieDuration;
import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;
import java.util.Optional;

/** A rule that also reads the declared duration, as {@link DurationRule} parsed it (once). */
interface DurationAwareRule {
  /**
   * Adds every problem of the declaration to {@code problems}.
   *
   * @param duration the parsed duration; empty when unreadable (DurationRule's error)
   */
  void check(Declaration declaration, Optional<CookieDuration> duration, List<Problem> problems);
}
