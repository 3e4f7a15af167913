package org.glasswing.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glasswing.core.model.Model;

/**
 * Predicts many rows with an {@link EvaluationEngine}: the rows are cut into tasks of at most the
 * engine's batch size, so that long predictions use the engine's threads, report progress and stop
 * when cancelled.
 */
public final class BatchPrediction {

  private BatchPrediction() {}

  /**
   * The model's outputs for rows, in row order.
   *
   * @param model the model
   * @param rows rows that follow the model's schema; not modified
   * @param engine runs the model calls
   * @return one output vector per row
   * @throws CancelledException if cancelled before all rows were predicted
   */
  public static double[][] predict(Model model, double[][] rows, EvaluationEngine engine) {
    int size = engine.batchRows();
    int tasks = (rows.length + size - 1) / size;
    List<double[][]> parts =
        engine.run(
            model,
            tasks,
            0,
            context -> {
              int from = context.index() * size;
              int to = Math.min(rows.length, from + size);
              return new OneBatch(Arrays.copyOfRange(rows, from, to));
            });
    List<double[]> all = new ArrayList<>(rows.length);
    for (double[][] part : parts) {
      all.addAll(Arrays.asList(part));
    }
    return all.toArray(double[][]::new);
  }

  /** A job that sends its rows once. */
  private static final class OneBatch implements RowJob<double[][]> {
    private final double[][] rows;
    private double[][] outputs;
    private boolean sent;

    OneBatch(double[][] rows) {
      this.rows = rows;
    }

    @Override
    public long plannedEvaluations() {
      return rows.length;
    }

    @Override
    public double[][] nextBatch() {
      if (sent) {
        return null;
      }
      sent = true;
      return rows;
    }

    @Override
    public void accept(double[][] answers) {
      outputs = answers;
    }

    @Override
    public double[][] result() {
      return outputs;
    }
  }
}
