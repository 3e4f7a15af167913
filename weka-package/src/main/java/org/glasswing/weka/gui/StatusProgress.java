package org.glasswing.weka.gui;

import java.util.concurrent.atomic.AtomicLong;
import org.glasswing.core.engine.ProgressListener;
import weka.gui.Logger;

/**
 * Shows progress in Weka's status bar, at most a few times a second; safe to call from any thread.
 */
final class StatusProgress implements ProgressListener {

  private static final long INTERVAL_NANOS = 200_000_000L;

  private final Logger log;
  private final String prefix;
  private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

  StatusProgress(Logger log, String prefix) {
    this.log = log;
    this.prefix = prefix;
  }

  @Override
  public void progress(double fraction, String message) {
    long now = System.nanoTime();
    long previous = last.get();
    if (previous != Long.MIN_VALUE && now - previous < INTERVAL_NANOS) {
      return;
    }
    if (last.compareAndSet(previous, now)) {
      log.statusMessage(
          prefix
              + ": "
              + Math.round(100 * Math.min(1, Math.max(0, fraction)))
              + "% ("
              + message
              + ")");
    }
  }
}
