package org.glasswing.core.sanity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;

/**
 * A control "explainer" that ignores the model: each feature's attribution is how unusual the row's
 * value is, |x − mean| / standard deviation over the background for a numeric feature, and one
 * minus the background share of the row's label for a nominal one (0 for a missing value or a
 * constant feature). It is the tabular analogue of an edge detector in Adebayo et al. (2018): it
 * looks plausible but cannot depend on the model, so it must FAIL the randomisation tests; a real
 * method that scores like it tells the model as little.
 *
 * <p>The model is called once, in one batch, only to record each explanation's prediction; the base
 * value is {@code NaN} (the control has none). Immutable and thread-safe.
 */
public final class InputMagnitudeExplainer implements Explainer {

  /** The method's name. */
  public static final String METHOD = "input-magnitude";

  private final Background background;

  /**
   * Creates the control.
   *
   * @param background the rows whose weighted mean, standard deviation and label shares define
   *     "usual"
   */
  public InputMagnitudeExplainer(Background background) {
    this.background = Objects.requireNonNull(background, "background");
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public List<Explanation> explain(
      Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine) {
    Schema schema = model.schema();
    rows.schema()
        .firstMismatch(schema)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  "the rows to explain do not match the model: " + m);
            });
    background
        .rows()
        .schema()
        .firstMismatch(schema)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException("the background does not match the model: " + m);
            });
    targets.validate(model.outputNames());
    engine.cancellation().throwIfCancelled();
    int[] inputs = schema.inputIndices();
    List<Feature> features = schema.inputs();
    Reference reference = new Reference(schema, background, inputs);
    double[][] predictions = rows.isEmpty() ? new double[0][] : model.predict(rows.rows());
    List<Explanation> explanations = new ArrayList<>();
    for (int r = 0; r < rows.numRows(); r++) {
      double[] values = new double[inputs.length];
      double[] attributions = new double[inputs.length];
      for (int p = 0; p < inputs.length; p++) {
        values[p] = rows.value(r, inputs[p]);
        attributions[p] = reference.unusualness(p, values[p]);
      }
      for (int target : targets.select(model.outputNames(), predictions[r])) {
        explanations.add(
            new Explanation(
                r,
                target,
                model.outputNames().get(target),
                Double.NaN,
                predictions[r][target],
                features,
                values,
                attributions,
                null,
                METHOD,
                Map.of("background_size", Integer.toString(background.size()))));
      }
    }
    engine.progress().progress(1.0, "control explained");
    return explanations;
  }

  /** The background's weighted mean and standard deviation, or label shares, per input. */
  private static final class Reference {
    private final boolean[] nominal;
    private final double[] mean;
    private final double[] std;
    private final double[][] shares;

    Reference(Schema schema, Background background, int[] inputs) {
      int n = inputs.length;
      nominal = new boolean[n];
      mean = new double[n];
      std = new double[n];
      shares = new double[n][];
      double[] weights = background.weights();
      Dataset data = background.rows();
      for (int p = 0; p < n; p++) {
        Feature feature = schema.feature(inputs[p]);
        double[] column = data.column(inputs[p]);
        nominal[p] = feature.isNominal();
        if (nominal[p]) {
          shares[p] = new double[feature.labels().size()];
          double total = 0;
          for (int b = 0; b < column.length; b++) {
            if (!Double.isNaN(column[b])) {
              shares[p][(int) column[b]] += weights[b];
              total += weights[b];
            }
          }
          for (int l = 0; l < shares[p].length && total > 0; l++) {
            shares[p][l] /= total;
          }
        } else {
          double total = 0;
          double sum = 0;
          for (int b = 0; b < column.length; b++) {
            if (!Double.isNaN(column[b])) {
              sum += weights[b] * column[b];
              total += weights[b];
            }
          }
          mean[p] = total > 0 ? sum / total : 0;
          double squares = 0;
          for (int b = 0; b < column.length; b++) {
            if (!Double.isNaN(column[b])) {
              squares += weights[b] * (column[b] - mean[p]) * (column[b] - mean[p]);
            }
          }
          std[p] = total > 0 ? Math.sqrt(squares / total) : 0;
        }
      }
    }

    double unusualness(int p, double value) {
      if (Double.isNaN(value)) {
        return 0;
      }
      if (nominal[p]) {
        return 1 - shares[p][(int) value];
      }
      return std[p] > 0 ? Math.abs(value - mean[p]) / std[p] : 0;
    }
  }
}
