package org.glasswing.weka.bench;

/**
 * One measured line of the benchmark.
 *
 * @param part the table it belongs to, such as {@code "analytic"} or {@code "forest"}
 * @param method the method or call timed
 * @param budget the method's budget, {@code "-"} when it has none
 * @param rows the rows explained (or predicted)
 * @param evaluations the model rows predicted, -1 when not counted
 * @param oneThread median seconds on one thread
 * @param allThreads median seconds on all threads, NaN when not timed
 * @param overhead seconds on one thread over the seconds of the same model batches replayed alone,
 *     NaN when not measured
 */
public record Timing(
    String part,
    String method,
    String budget,
    int rows,
    long evaluations,
    double oneThread,
    double allThreads,
    double overhead) {

  /**
   * The speed-up of all threads over one.
   *
   * @return one-thread seconds over all-thread seconds, NaN when not timed
   */
  public double speedUp() {
    return oneThread / allThreads;
  }

  /**
   * Seconds per row, on all threads when timed there.
   *
   * @return the seconds per row
   */
  public double secondsPerRow() {
    return (Double.isNaN(allThreads) ? oneThread : allThreads) / rows;
  }
}
