package io.github.cookieledger.servlet;

import io.github.cookieledger.Category;
import java.time.Instant;
import java.util.Set;

/**
 * One choice a visitor made: the proof a consent log keeps.
 *
 * @param id the choice's random id, also stored in the consent cookie
 * @param revision the registry's {@code REVISION} the choice was made under
 * @param granted the categories granted, {@code NECESSARY} included
 * @param time when it was made, to the second
 */
public record ConsentRecord(String id, String revision, Set<Category> granted, Instant time) {
  public ConsentRecord {
    granted = Set.copyOf(granted);
  }
}
