package org.glasswing.core.global;

import java.util.List;
import java.util.function.IntFunction;
import org.glasswing.core.engine.BatchPrediction;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.model.Model;

/**
 * Runs batches of synthetic rows through the engine: one task per batch, built on the worker thread
 * that evaluates it, so that memory stays bounded and progress and cancellation work per batch.
 */
final class Evaluations {

  private Evaluations() {}

  /**
   * The model's outputs for the batch of every task.
   *
   * @param model the model
   * @param tasks the number of tasks
   * @param batch builds the rows of a task
   * @param engine runs the tasks
   * @return the output vectors of each task's rows, indexed by task
   */
  static List<double[][]> outputs(
      Model model, int tasks, IntFunction<double[][]> batch, EvaluationEngine engine) {
    return engine.run(model, tasks, 0L, context -> new OneBatch(batch.apply(context.index())));
  }

  /**
   * One output of the model for every task's rows.
   *
   * @param model the model
   * @param tasks the number of tasks
   * @param batch builds the rows of a task
   * @param output the index of the output kept
   * @param engine runs the tasks
   * @return for each task, the kept output of each of its rows
   */
  static double[][] output(
      Model model, int tasks, IntFunction<double[][]> batch, int output, EvaluationEngine engine) {
    List<double[][]> all = outputs(model, tasks, batch, engine);
    double[][] kept = new double[tasks][];
    for (int t = 0; t < tasks; t++) {
      double[][] rows = all.get(t);
      kept[t] = new double[rows.length];
      for (int r = 0; r < rows.length; r++) {
        kept[t][r] = rows[r][output];
      }
    }
    return kept;
  }

  /**
   * The model's outputs for many rows, split into tasks of at most the engine's batch size.
   *
   * @param model the model
   * @param rows the rows
   * @param engine runs the tasks
   * @return one output vector per row, in row order
   */
  static double[][] predict(Model model, double[][] rows, EvaluationEngine engine) {
    return BatchPrediction.predict(model, rows, engine);
  }

  /** A job that asks for one batch and returns the outputs. */
  private static final class OneBatch implements RowJob<double[][]> {
    private double[][] rows;
    private double[][] outputs;

    OneBatch(double[][] rows) {
      this.rows = rows;
    }

    @Override
    public long plannedEvaluations() {
      return rows == null ? 1 : rows.length;
    }

    @Override
    public double[][] nextBatch() {
      double[][] batch = rows;
      rows = null;
      return outputs == null ? batch : null;
    }

    @Override
    public void accept(double[][] answers) {
      outputs = answers;
    }

    @Override
    public double[][] result() {
      return outputs == null ? new double[0][] : outputs;
    }
  }
}
