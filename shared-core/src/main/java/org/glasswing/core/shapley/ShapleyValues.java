package org.glasswing.core.shapley;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;

/**
 * What a Shapley method found for one row, for every model output at once. A host that evaluates
 * the model itself (a KNIME loop) gets these from {@link ShapleyExplainer#rowJobs}.
 *
 * @param baseValue the value of the empty coalition, per output
 * @param prediction the value of the full coalition (the model's output for the row), per output
 * @param attributions the attribution of each player, indexed [output][player]
 * @param standardErrors the standard errors in the same layout, or {@code null} for exact values
 * @param rowSettings settings that differ from row to row (such as the number of coalitions an
 *     estimator with a stopping rule used), added to the method's settings
 */
public record ShapleyValues(
    double[] baseValue,
    double[] prediction,
    double[][] attributions,
    double[][] standardErrors,
    Map<String, String> rowSettings) {

  /**
   * Values with no settings of their own.
   *
   * @param baseValue the value of the empty coalition, per output
   * @param prediction the value of the full coalition, per output
   * @param attributions the attribution of each player, indexed [output][player]
   * @param standardErrors the standard errors in the same layout, or {@code null} for exact values
   */
  public ShapleyValues(
      double[] baseValue, double[] prediction, double[][] attributions, double[][] standardErrors) {
    this(baseValue, prediction, attributions, standardErrors, Map.of());
  }

  /**
   * Turns each row's values into one explanation per selected output, rows in order.
   *
   * @param model the explained model
   * @param rows the explained rows
   * @param targets the selected outputs
   * @param values one entry per row
   * @param method the method's name
   * @param settings the method's settings
   * @return the explanations
   */
  static List<Explanation> toExplanations(
      Model model,
      Dataset rows,
      TargetSelection targets,
      List<ShapleyValues> values,
      String method,
      Map<String, String> settings) {
    List<Feature> features = model.schema().inputs();
    int[] columns = model.schema().inputIndices();
    List<Explanation> explanations = new ArrayList<>();
    for (int r = 0; r < values.size(); r++) {
      ShapleyValues row = values.get(r);
      Map<String, String> rowSettings = settings;
      if (!row.rowSettings().isEmpty()) {
        rowSettings = new LinkedHashMap<>(settings);
        rowSettings.putAll(row.rowSettings());
      }
      double[] featureValues = new double[columns.length];
      for (int p = 0; p < columns.length; p++) {
        featureValues[p] = rows.value(r, columns[p]);
      }
      for (int output : targets.select(model.outputNames(), row.prediction())) {
        explanations.add(
            new Explanation(
                r,
                output,
                model.outputNames().get(output),
                row.baseValue()[output],
                row.prediction()[output],
                features,
                featureValues,
                row.attributions()[output],
                row.standardErrors() == null ? null : row.standardErrors()[output],
                method,
                rowSettings));
      }
    }
    return explanations;
  }
}
