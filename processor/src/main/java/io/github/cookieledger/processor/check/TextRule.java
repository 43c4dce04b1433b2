package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;

/** Rule 4: {@code provider} and {@code purpose} say something; the policy shows them to visitors. */
final class TextRule implements Rule {
  @Override
  public void check(Declaration d, List<Problem> problems) {
    if (d.attributes().provider().isBlank()) {
      problems.add(Problem.error("[cookie-text] cookie \"" + d.name() + "\" has a blank provider"
          + " (\"" + d.attributes().provider() + "\"): name who sets and reads it, e.g. provider ="
          + " \"Opendatasoft\".", d.location(), "provider"));
    }
    if (d.attributes().purpose().isBlank()) {
      problems.add(Problem.error("[cookie-text] cookie \"" + d.name() + "\" has a blank purpose"
          + " (\"" + d.attributes().purpose() + "\"): say why it exists in a sentence a visitor"
          + " understands.", d.location(), "purpose"));
    }
  }
}
