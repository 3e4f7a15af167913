package org.glasswing.core.explain;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;

/**
 * A local attribution method: explains selected outputs of a model for each row of a dataset. An
 * explainer holds its own settings (background, budget, seed) and is immutable.
 */
public interface Explainer {

  /**
   * The method's name as the command line spells it.
   *
   * @return such as {@code exact-shapley}
   */
  String method();

  /**
   * Explains rows.
   *
   * @param model the model to explain
   * @param rows the rows to explain; they follow the model's schema
   * @param targets which outputs to explain
   * @param engine runs the model evaluations (threads, progress, cancellation)
   * @return the explanations, grouped by row in row order and, within a row, in output order;
   *     {@link Explanation#row()} is the index into {@code rows}
   * @throws IllegalArgumentException if the rows or settings do not suit the model
   * @throws org.glasswing.core.engine.CancelledException if cancelled
   */
  List<Explanation> explain(
      Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine);
}
