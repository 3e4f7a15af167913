package org.glasswing.core.lime;

import java.util.Arrays;
import java.util.function.Supplier;
import org.glasswing.core.engine.RowJob;

/**
 * The work for one explained row, shared by tabular and text LIME: draw the neighbourhood (lazily,
 * on the worker thread, from the row's own random stream), hand its model rows out in batches, then
 * fit one sparse surrogate per model output.
 */
final class LimeJob implements RowJob<LimeResult> {

  private final Supplier<Neighbourhood> sampler;
  private final int plannedSamples;
  private final int maxFeatures;
  private final int batchRows;
  private Neighbourhood neighbourhood;
  private double[][] outputs;
  private int next;
  private int pendingFrom;

  /**
   * Creates the job.
   *
   * @param sampler draws the neighbourhood; called once, on the first batch
   * @param plannedSamples the number of samples the sampler draws, for progress
   * @param maxFeatures K, the most features a surrogate may use
   * @param batchRows the number of rows per batch
   */
  LimeJob(Supplier<Neighbourhood> sampler, int plannedSamples, int maxFeatures, int batchRows) {
    this.sampler = sampler;
    this.plannedSamples = plannedSamples;
    this.maxFeatures = maxFeatures;
    this.batchRows = Math.max(1, batchRows);
  }

  @Override
  public long plannedEvaluations() {
    return plannedSamples;
  }

  @Override
  public double[][] nextBatch() {
    if (neighbourhood == null) {
      neighbourhood = sampler.get();
      outputs = new double[neighbourhood.modelRows().length][];
    }
    double[][] rows = neighbourhood.modelRows();
    if (next >= rows.length) {
      return null;
    }
    pendingFrom = next;
    next = Math.min(rows.length, next + batchRows);
    return Arrays.copyOfRange(rows, pendingFrom, next);
  }

  @Override
  public void accept(double[][] answers) {
    System.arraycopy(answers, 0, outputs, pendingFrom, answers.length);
  }

  @Override
  public LimeResult result() {
    int width = outputs[0].length;
    int n = outputs.length;
    LocalSurrogate[] surrogates = new LocalSurrogate[width];
    double[] y = new double[n];
    for (int o = 0; o < width; o++) {
      for (int s = 0; s < n; s++) {
        y[s] = outputs[s][o];
      }
      surrogates[o] =
          LocalSurrogate.fit(
              neighbourhood.interpretable(), y, neighbourhood.weights(), maxFeatures);
    }
    return new LimeResult(outputs[0].clone(), neighbourhood.explained(), surrogates);
  }
}
