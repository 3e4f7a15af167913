package org.glasswing.core.sanity;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;

/**
 * Attribution vectors of fixed outputs: the checks compare explanations of the same output of the
 * same row, so they fix each row's output once (the class the original model predicts) and ask
 * every explainer, of every model variant, for that output.
 */
public final class Attributions {

  private Attributions() {}

  /**
   * The output each row's explanation is about: the class the model predicts (one batched call), or
   * the single output of a regression model.
   *
   * @param model the model
   * @param rows the rows
   * @return one output index per row
   */
  public static int[] predictedTargets(Model model, Dataset rows) {
    int[] targets = new int[rows.numRows()];
    if (model.outputNames().size() == 1) {
      return targets;
    }
    double[][] outputs = model.predict(rows.rows());
    for (int r = 0; r < targets.length; r++) {
      int best = 0;
      for (int o = 1; o < outputs[r].length; o++) {
        if (outputs[r][o] > outputs[r][best]) {
          best = o;
        }
      }
      targets[r] = best;
    }
    return targets;
  }

  /**
   * Explains every row for its fixed output and returns the attribution vectors.
   *
   * @param explainer the method
   * @param model the model to explain
   * @param rows the rows
   * @param targets the output index of each row
   * @param engine runs the model evaluations
   * @return one attribution vector per row, in row order
   */
  public static double[][] explain(
      Explainer explainer, Model model, Dataset rows, int[] targets, EvaluationEngine engine) {
    return explanations(explainer, model, rows, targets, engine).stream()
        .map(Explanation::attributions)
        .toArray(double[][]::new);
  }

  /**
   * Explains every row for its fixed output.
   *
   * @param explainer the method
   * @param model the model to explain
   * @param rows the rows
   * @param targets the output index of each row
   * @param engine runs the model evaluations
   * @return one explanation per row, in row order
   */
  public static List<Explanation> explanations(
      Explainer explainer, Model model, Dataset rows, int[] targets, EvaluationEngine engine) {
    if (targets.length != rows.numRows()) {
      throw new IllegalArgumentException(
          rows.numRows() + " rows but " + targets.length + " target outputs");
    }
    List<String> names = model.outputNames();
    boolean same = true;
    for (int target : targets) {
      same &= target == targets[0];
    }
    TargetSelection selection =
        same && targets.length > 0
            ? TargetSelection.named(names.get(targets[0]))
            : TargetSelection.all();
    return select(explainer.explain(model, rows, selection, engine), targets);
  }

  /**
   * Picks each row's explanation of its fixed output.
   *
   * @param explanations explanations of the rows, any outputs
   * @param targets the output index of each row
   * @return one explanation per row, in row order
   * @throws IllegalStateException if a row's output was not explained
   */
  public static List<Explanation> select(List<Explanation> explanations, int[] targets) {
    Explanation[] picked = new Explanation[targets.length];
    for (Explanation e : explanations) {
      if (e.row() < targets.length && e.targetIndex() == targets[e.row()]) {
        picked[e.row()] = e;
      }
    }
    for (int r = 0; r < picked.length; r++) {
      if (picked[r] == null) {
        throw new IllegalStateException("no explanation of row " + (r + 1) + "'s output");
      }
    }
    return List.of(picked);
  }
}
