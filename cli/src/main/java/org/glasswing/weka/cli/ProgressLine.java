package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.glasswing.core.engine.ProgressListener;

/**
 * Shows progress as one line on standard error that is rewritten in place. Nothing is printed for
 * work that finishes within a second, so short runs leave standard error clean, and the line is
 * erased when the work ends.
 */
final class ProgressLine implements ProgressListener {

  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastShown;
  private int width;

  ProgressLine(PrintWriter err, String label, boolean enabled) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
  }

  @Override
  public synchronized void progress(double fraction, String message) {
    long now = System.nanoTime();
    if (!enabled || now - start < DELAY_NANOS || now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    String line =
        String.format(Locale.ROOT, "glasswing: %s %3.0f%% (%s)", label, 100 * fraction, message);
    StringBuilder text = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < width; i++) {
      text.append(' ');
    }
    width = Math.max(width, line.length());
    err.print(text);
    err.flush();
  }

  /** Erases the line, if one was shown. */
  synchronized void finish() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
