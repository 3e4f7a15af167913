package org.glasswing.core.engine;

import java.util.Objects;

/**
 * One stage's progress as a reader should see it, however many runs report into it: the fraction
 * passed on never decreases, so that a stage whose work is several engine runs in a row, or in
 * parallel, reads as one line climbing to its end instead of jumping back to 0% with each run. A
 * report that would go back is counted as the start of another part of the stage: it is passed on
 * at the fraction reached so far, with the part named in the message. The fraction stays below 1
 * until {@link #finish()}, since a first part at 100% does not mean the stage is done.
 *
 * <p>Thread-safe: parallel runs may report at the same time.
 */
public final class MonotoneProgress implements ProgressListener {

  /** The highest fraction shown before the stage finishes. */
  public static final double BEFORE_FINISH = 0.99;

  private final ProgressListener target;
  private double shown;
  private double last;
  private int part = 1;

  /**
   * Wraps a listener.
   *
   * @param target where the monotone fractions go
   */
  public MonotoneProgress(ProgressListener target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public synchronized void progress(double fraction, String message) {
    if (Double.isNaN(fraction)) {
      return;
    }
    double f = Math.max(0, Math.min(1, fraction));
    if (f < last) {
      part++;
    }
    last = f;
    shown = Math.max(shown, Math.min(BEFORE_FINISH, f));
    target.progress(shown, part == 1 ? message : "part " + part + ": " + message);
  }

  /**
   * The highest fraction passed on so far.
   *
   * @return 0 to {@value #BEFORE_FINISH}, or 1 after {@link #finish()}
   */
  public synchronized double shown() {
    return shown;
  }

  /** Marks the stage as done: passes on 1. */
  public synchronized void finish() {
    shown = 1;
    target.progress(1, "done");
  }
}
