package org.glasswing.core.sanity;

import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;

/**
 * Infidelity (Yeh, Hsieh, Suggala, Inouye and Ravikumar 2019, "On the (in)fidelity and sensitivity
 * of explanations", NeurIPS) with the removal perturbation that suits tables: a random subset S of
 * features (each with probability ½) is removed, taking the background's values, and the
 * attributions of S are compared with the change of the explained output, f(x) − E<sub>b</sub>
 * f(x<sub>S←b</sub>). Infidelity is the mean squared difference; the relative infidelity divides
 * the summed squared differences by the summed squared changes, so 0 means the attributions account
 * for every change and 1 that they account for none. Shapley values of an additive model have
 * infidelity 0. Each row costs 1 + perturbations × background model rows. Immutable.
 */
public final class Infidelity {

  /** The test name in results. */
  public static final String TEST = "infidelity";

  /** Relative infidelity below this passes. */
  public static final double PASS_BELOW = 0.1;

  /** Relative infidelity from this on fails. */
  public static final double FAIL_FROM = 0.5;

  private final Background background;
  private final int perturbations;
  private final long seed;

  /**
   * Creates the check.
   *
   * @param background the rows whose values replace removed features
   * @param perturbations random subsets per row, at least 1
   * @param seed the seed of the subsets
   */
  public Infidelity(Background background, int perturbations, long seed) {
    this.background = Objects.requireNonNull(background, "background");
    if (perturbations < 1) {
      throw new IllegalArgumentException("perturbations must be at least 1, got " + perturbations);
    }
    this.perturbations = perturbations;
    this.seed = seed;
  }

  /**
   * Measures the infidelity of explanations.
   *
   * @param explanations one explanation per row, in row order
   * @param model the explained model
   * @param rows the explained rows
   * @param engine runs the model evaluations
   * @return two results: {@code infidelity} (mean squared difference, no verdict of its own: it
   *     shares the relative one's) and {@code relative-infidelity}
   */
  public List<CheckResult> run(
      List<Explanation> explanations, Model model, Dataset rows, EvaluationEngine engine) {
    if (explanations.size() != rows.numRows() || rows.isEmpty()) {
      throw new IllegalArgumentException(
          "need one explanation per row, got " + explanations.size() + " for " + rows.numRows());
    }
    int[] inputs = model.schema().inputIndices();
    double[][] backgroundRows = background.rows().rows();
    double[] weights = background.weights();
    List<double[]> sums =
        engine.run(
            model,
            rows.numRows(),
            seed,
            task -> {
              Explanation e = explanations.get(task.index());
              boolean[][] subsets = new boolean[perturbations][inputs.length];
              for (boolean[] subset : subsets) {
                for (int p = 0; p < subset.length; p++) {
                  subset[p] = task.random().nextBoolean();
                }
              }
              return new Job(
                  rows.row(task.index()),
                  e.targetIndex(),
                  e.attributions(),
                  inputs,
                  subsets,
                  backgroundRows,
                  weights);
            });
    double squared = 0;
    double changes = 0;
    for (double[] s : sums) {
      squared += s[0];
      changes += s[1];
    }
    double infidelity = squared / ((double) perturbations * rows.numRows());
    double relative = changes > 0 ? squared / changes : squared > 0 ? 1 : 0;
    Verdict verdict = Verdict.lowerIsBetter(relative, PASS_BELOW, FAIL_FROM);
    String reason =
        switch (verdict) {
          case PASS ->
              "The attributions account for the output's change when features are removed.";
          case WARN ->
              "The attributions account for only part of the output's change when features are removed.";
          case FAIL ->
              "The attributions do not account for how the output changes when features are removed.";
        };
    String method = explanations.get(0).method();
    return List.of(
        new CheckResult(method, TEST, "infidelity", infidelity, verdict, reason),
        new CheckResult(method, TEST, "relative-infidelity", relative, verdict, reason));
  }

  /** One row: the row itself, then one block of background rows per subset. */
  private static final class Job implements RowJob<double[]> {
    private final double[] row;
    private final int target;
    private final double[] attributions;
    private final int[] inputs;
    private final boolean[][] subsets;
    private final double[][] backgroundRows;
    private final double[] weights;
    private double squared;
    private double changes;
    private boolean asked;

    Job(
        double[] row,
        int target,
        double[] attributions,
        int[] inputs,
        boolean[][] subsets,
        double[][] backgroundRows,
        double[] weights) {
      this.row = row;
      this.target = target;
      this.attributions = attributions;
      this.inputs = inputs;
      this.subsets = subsets;
      this.backgroundRows = backgroundRows;
      this.weights = weights;
    }

    @Override
    public long plannedEvaluations() {
      return 1L + (long) subsets.length * backgroundRows.length;
    }

    @Override
    public double[][] nextBatch() {
      if (asked) {
        return null;
      }
      asked = true;
      int b = backgroundRows.length;
      double[][] batch = new double[1 + subsets.length * b][];
      batch[0] = row.clone();
      for (int s = 0; s < subsets.length; s++) {
        for (int i = 0; i < b; i++) {
          double[] hybrid = row.clone();
          for (int p = 0; p < inputs.length; p++) {
            if (subsets[s][p]) {
              hybrid[inputs[p]] = backgroundRows[i][inputs[p]];
            }
          }
          batch[1 + s * b + i] = hybrid;
        }
      }
      return batch;
    }

    @Override
    public void accept(double[][] outputs) {
      int b = backgroundRows.length;
      double full = outputs[0][target];
      for (int s = 0; s < subsets.length; s++) {
        double removed = 0;
        for (int i = 0; i < b; i++) {
          removed += weights[i] * outputs[1 + s * b + i][target];
        }
        double change = full - removed;
        double attributed = 0;
        for (int p = 0; p < inputs.length; p++) {
          if (subsets[s][p]) {
            attributed += attributions[p];
          }
        }
        squared += (attributed - change) * (attributed - change);
        changes += change * change;
      }
    }

    @Override
    public double[] result() {
      return new double[] {squared, changes};
    }
  }
}
