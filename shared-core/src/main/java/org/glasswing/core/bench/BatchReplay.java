package org.glasswing.core.bench;

import java.util.HashMap;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.model.Model;

/**
 * Times a model alone on given batch sizes, the denominator of a method's overhead ratio (the
 * method's time over the time of the same model evaluations in the same batches). The rows are real
 * rows cycled to fill each batch; every batch of one size is the same prepared array, so the timing
 * holds nothing but the model's calls.
 */
public final class BatchReplay {

  private BatchReplay() {}

  /**
   * Predicts one batch of every given size, in order, on the calling thread.
   *
   * @param model the model
   * @param batchSizes the batch sizes, such as {@link RecordingModel#batchSizes()}
   * @param rows the rows to fill batches with, at least one
   * @return the seconds the calls took, preparation excluded
   */
  public static double seconds(Model model, int[] batchSizes, Dataset rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the replay needs at least one row");
    }
    double[][] source = rows.rows();
    Map<Integer, double[][]> prepared = new HashMap<>();
    for (int size : batchSizes) {
      prepared.computeIfAbsent(
          size,
          n -> {
            double[][] batch = new double[n][];
            for (int r = 0; r < n; r++) {
              batch[r] = source[r % source.length].clone();
            }
            return batch;
          });
    }
    double sink = 0;
    long start = System.nanoTime();
    for (int size : batchSizes) {
      double[][] out = model.predict(prepared.get(size));
      sink += out.length == 0 ? 0 : out[0][0];
    }
    long elapsed = System.nanoTime() - start;
    if (sink == Double.MIN_VALUE) {
      // Never true in practice; reading the outputs keeps the calls from being optimised away.
      throw new IllegalStateException();
    }
    return elapsed / 1e9;
  }
}
