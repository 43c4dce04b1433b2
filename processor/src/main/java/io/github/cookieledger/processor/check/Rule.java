package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;

/** One rule of SPEC §3 that looks at a single declaration. */
interface Rule {
  /** Adds every problem of the declaration to {@code problems}. */
  void check(Declaration declaration, List<Problem> problems);
}
