package io.github.cookieledger.servlet;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WARN per cookie name for the life of a filter, so a cookie set on every request does not
 * flood the log. The names remembered are bounded; past the bound one last WARN says so.
 */
final class WarnOnce {
  static final int MAX_NAMES = 10_000;

  private final Logger logger;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean full = new AtomicBoolean();

  WarnOnce(Logger logger) {
    this.logger = logger;
  }

  void warn(String cookieName, String message) {
    if (warned.contains(cookieName)) {
      return;
    }
    if (warned.size() >= MAX_NAMES) {
      if (full.compareAndSet(false, true)) {
        logger.log(Level.WARNING, "cookieledger has warned about " + MAX_NAMES + " cookie names and"
            + " logs no further ones; the cookies are still handled");
      }
      return;
    }
    if (warned.add(cookieName)) {
      logger.log(Level.WARNING, message);
    }
  }
}
