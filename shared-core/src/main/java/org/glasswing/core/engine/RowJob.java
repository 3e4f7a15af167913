package org.glasswing.core.engine;

/**
 * The work for one task (usually one explained row) of a perturbation method, written as an
 * exchange with the model: the job hands out batches of synthetic rows and receives the model's
 * outputs for each batch before it is asked for the next one. The same job can therefore be driven
 * by the {@link EvaluationEngine} or by a host's loop (rows out, predictions back).
 *
 * <p>A job is used by one thread at a time and is not reused.
 *
 * @param <R> the type of the job's result
 */
public interface RowJob<R> {

  /**
   * How many model rows the job expects to evaluate in all, for progress reports.
   *
   * @return the planned number of rows passed to the model
   */
  long plannedEvaluations();

  /**
   * The next batch of rows to evaluate.
   *
   * @return rows following the model's schema, or {@code null} when the job needs no more answers
   */
  double[][] nextBatch();

  /**
   * Receives the model's outputs for the batch last returned by {@link #nextBatch()}.
   *
   * @param outputs one output vector per row of that batch, in the same order
   */
  void accept(double[][] outputs);

  /**
   * The job's result, once {@link #nextBatch()} has returned {@code null}.
   *
   * @return the result
   */
  R result();
}
