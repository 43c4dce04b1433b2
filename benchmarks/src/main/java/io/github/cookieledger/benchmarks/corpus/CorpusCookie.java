package io.github.cookieledger.benchmarks.corpus;

import io.github.cookieledger.Category;
import io.github.cookieledger.CookieDefinition;
import io.github.cookieledger.Party;

/**
 * One Open Cookie Database row as a cookieledger declaration.
 *
 * @param name the declared name or pattern, valid under SPEC §3
 * @param constant the explicit registry constant, or empty when the derived one is unique
 * @param provider who sets it (the database's platform)
 * @param purpose the database's description
 * @param category mapped from the database's category
 * @param party third party when the database's domain says so
 * @param duration {@code session} or ISO-8601, mapped from the free-text retention period
 * @param example a concrete name the declaration covers (the name itself, or the pattern filled in)
 */
public record CorpusCookie(String name, String constant, String provider, String purpose,
    Category category, Party party, String duration, String example) {

  /** @return whether the name holds a {@code *} wildcard */
  public boolean isPattern() {
    return name.indexOf('*') >= 0;
  }

  /** @return the runtime definition, as a generated registry would hold it */
  public CookieDefinition definition() {
    return CookieDefinition.builder(name).provider(provider).purpose(purpose).category(category)
        .party(party).duration(duration).build();
  }
}
