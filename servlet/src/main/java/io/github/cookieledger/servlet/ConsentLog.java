package io.github.cookieledger.servlet;

import java.lang.System.Logger.Level;
import java.util.TreeSet;

/**
 * Where {@link ConsentServlet} records each choice, so the site can show what a visitor agreed
 * to and when (GDPR Art. 7(1)). Implement it to keep the records in a database; the default writes
 * one log line per choice.
 */
@FunctionalInterface
public interface ConsentLog {
  /**
   * Records one choice. Called before the response is sent; an exception fails the request.
   *
   * @param record the choice
   */
  void record(ConsentRecord record);

  /** @return the default: one INFO line per choice on the {@code ConsentLog} logger */
  static ConsentLog toSystemLogger() {
    System.Logger logger = System.getLogger(ConsentLog.class.getName());
    return record -> logger.log(Level.INFO, "consent id=" + record.id() + " revision="
        + record.revision() + " granted=" + new TreeSet<>(record.granted()) + " time="
        + record.time());
  }
}
