package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import java.util.List;

/**
 * {@code partitioned} needs {@code secure}: browsers reject a Partitioned cookie without it
 * (CHIPS).
 */
final class PartitionedRule implements Rule {
  @Override
  public void check(Declaration d, List<Problem> problems) {
    if (d.attributes().partitioned() && !d.attributes().secure()) {
      problems.add(Message.PARTITIONED_NOT_SECURE.at(d.location(),
          d.location().value("secure") != null ? "secure" : "partitioned", d.name()));
    }
  }
}
