package io.github.cookieledger.servlet;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ConsentLog} that keeps every record, configurable by class name. */
public final class RecordingLog implements ConsentLog {
  static final List<ConsentRecord> RECORDS = new CopyOnWriteArrayList<>();

  @Override
  public void record(ConsentRecord record) {
    RECORDS.add(record);
  }
}
