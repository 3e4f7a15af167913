package org.glasswing.core.bench;

import java.util.List;
import org.glasswing.core.model.Model;

/**
 * Times a model alone on a method's own batches, the denominator of the method's overhead ratio
 * (the method's time over the time of the same model evaluations in the same batches): the rows
 * {@link RecordingModel#keepingRows(Model)} kept, predicted again in the same order and the same
 * batch sizes on the calling thread, so the timing holds nothing but the model's calls on exactly
 * the rows the method asked about.
 */
public final class BatchReplay {

  private BatchReplay() {}

  /**
   * Predicts every batch, in order, on the calling thread.
   *
   * @param model the model
   * @param batches the batches, such as {@link RecordingModel#batches()}
   * @return the seconds the calls took
   */
  public static double seconds(Model model, List<double[][]> batches) {
    double sink = 0;
    long start = System.nanoTime();
    for (double[][] batch : batches) {
      double[][] out = model.predict(batch);
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
