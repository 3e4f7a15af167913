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
 * <p>A caller that knows how many parts its stage has says so with {@link #part(int, int)}: each
 * part then covers its share of the line, so the percentage climbs across the parts and reaches
 * 100% when the last part does, with no hold at {@value #BEFORE_FINISH}.
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
  private double[] parts;

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
   * A listener for one of a known number of parts of the stage, run one after the other or at the
   * same time: part {@code index}'s fraction {@code f} counts as {@code f / count} of the stage,
   * and the stage's fraction is the sum over its parts, each part's highest so far (a part that
   * itself starts again holds its highest). So the line never goes back, and it reads 100% once
   * every part reported 1.
   *
   * @param index the part, from 0
   * @param count the parts of the stage, the same for every part
   * @return the part's listener
   * @throws IllegalArgumentException if the index is outside the parts, or the count differs from
   *     an earlier part's
   */
  public synchronized ProgressListener part(int index, int count) {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("part " + index + " of " + count + " parts");
    }
    if (parts == null) {
      parts = new double[count];
    } else if (parts.length != count) {
      throw new IllegalArgumentException(
          "a stage of " + parts.length + " parts cannot have " + count);
    }
    String name = "part " + (index + 1) + " of " + count + ": ";
    return (fraction, message) -> partProgress(index, fraction, name + message);
  }

  private synchronized void partProgress(int index, double fraction, String message) {
    if (Double.isNaN(fraction)) {
      return;
    }
    parts[index] = Math.max(parts[index], Math.max(0, Math.min(1, fraction)));
    double sum = 0;
    for (double p : parts) {
      sum += p;
    }
    shown = Math.max(shown, Math.min(1, sum / parts.length));
    target.progress(shown, message);
  }

  /**
   * The highest fraction passed on so far.
   *
   * @return 0 to {@value #BEFORE_FINISH}, or 1 after {@link #finish()} or once every part of a
   *     stage in known parts is done
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
