package org.glasswing.core.model;

import java.util.List;
import org.glasswing.core.data.Schema;

/**
 * A predictive model as the algorithms see it: a batch of rows in, one vector of outputs per row
 * out. Every algorithm calls {@link #predict} with many rows at once, never row by row, so that the
 * model's own cost dominates and can be spread over threads.
 *
 * <p>A classification model returns one probability per class label (each row summing to one); a
 * regression model returns a single value per row.
 */
public interface Model {

  /**
   * The columns the model reads. Rows passed to {@link #predict} follow this schema, the target
   * column included (its value is ignored and may be missing).
   *
   * @return the input schema, with its target set
   */
  Schema schema();

  /**
   * The names of the outputs: the class labels of a classifier, or the target's name for a
   * regression model.
   *
   * @return one name per output, in output order
   */
  List<String> outputNames();

  /**
   * Predicts a batch of rows.
   *
   * @param rows rows that follow {@link #schema()}; not modified, and not kept after the call
   *     (callers reuse them for their next batch)
   * @return one output vector per row, in row order, each of {@code outputNames().size()} values
   * @throws ModelEvaluationException if the underlying model fails
   */
  double[][] predict(double[][] rows);

  /**
   * Whether one instance may serve {@link #predict} from several threads at once.
   *
   * @return true when concurrent calls are safe
   */
  boolean isThreadSafe();

  /**
   * A model to be used by one more thread. A thread-safe model may return itself; any other model
   * must return an independent copy. The evaluation engine keeps copies and reuses them for the
   * same model's later runs, so a model's predictions must not change once it has been used.
   *
   * @return a model with the same predictions that is safe to use from a new thread
   */
  Model copyForThread();

  /**
   * Whether the model outputs class probabilities rather than a numeric prediction.
   *
   * @return true when the target is nominal
   */
  default boolean isClassifier() {
    return schema().isClassification();
  }
}
