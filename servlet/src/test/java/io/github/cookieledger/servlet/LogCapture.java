package io.github.cookieledger.servlet;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The WARN lines of one logger (System.Logger writes to java.util.logging by default). */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  LogCapture(String name) {
    this.logger = Logger.getLogger(name);
    logger.addHandler(this);
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(record.getMessage());
    if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
      warnings.add(record.getMessage());
    }
  }

  List<String> warnings() {
    return warnings;
  }

  List<String> lines() {
    return lines;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
