package org.glasswing.core.bench;

import java.util.Arrays;
import java.util.List;
import org.glasswing.core.model.Model;

/**
 * Times a model alone on a method's own batches, the denominator of the method's overhead ratio
 * (the method's time over the time of the same model evaluations in the same batches): the rows
 * {@link RecordingModel#keepingRows(Model)} kept, predicted again in the same order and the same
 * batch sizes on the calling thread, so the timing holds nothing but the model's calls on exactly
 * the rows the method asked about. Each batch is first copied (untimed) into one reused set of row
 * arrays, as the methods write their batches, so that the rows sit in memory as they did for the
 * method rather than scattered over the recording.
 */
public final class BatchReplay {

  private BatchReplay() {}

  /**
   * Predicts every batch, in order, on the calling thread.
   *
   * @param model the model
   * @param batches the batches, such as {@link RecordingModel#batches()}
   * @return the seconds the calls took, copying excluded
   */
  public static double seconds(Model model, List<double[][]> batches) {
    double sink = 0;
    long elapsed = 0;
    double[][] rows = new double[0][];
    for (double[][] batch : batches) {
      rows = reuse(rows, batch);
      long start = System.nanoTime();
      double[][] out = model.predict(rows);
      elapsed += System.nanoTime() - start;
      sink += out.length == 0 ? 0 : out[0][0];
    }
    if (sink == Double.MIN_VALUE) {
      // Never true in practice; reading the outputs keeps the calls from being optimised away.
      throw new IllegalStateException();
    }
    return elapsed / 1e9;
  }

  /** The batch's values in the previous batch's row arrays where they fit, fresh ones elsewhere. */
  private static double[][] reuse(double[][] previous, double[][] batch) {
    double[][] rows =
        previous.length == batch.length ? previous : Arrays.copyOf(previous, batch.length);
    for (int r = 0; r < batch.length; r++) {
      double[] source = batch[r];
      if (rows[r] == null || rows[r].length != source.length) {
        rows[r] = new double[source.length];
      }
      System.arraycopy(source, 0, rows[r], 0, source.length);
    }
    return rows;
  }
}
