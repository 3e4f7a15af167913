package org.glasswing.weka.gui;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.glasswing.core.counterfactual.Constraints;
import org.glasswing.core.counterfactual.CounterfactualResult;
import org.glasswing.core.counterfactual.CounterfactualSearch;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import weka.core.Instances;

/**
 * The counterfactuals of the chosen instance, with the attributes named in {@code freeze} and
 * {@code protected} held fixed, searched by the same core call as {@code glasswing counterfactual}
 * for the same settings and seed (the command line's bounds and monotone directions are not offered
 * here).
 */
final class CounterfactualAnalysis {

  /** The search's result for one instance. */
  record Found(int row, Set<Integer> frozen, CounterfactualResult result) {}

  private CounterfactualAnalysis() {}

  static Found search(
      MethodSpec spec,
      ParameterValues values,
      WekaModel model,
      Instances data,
      int row,
      ProgressListener progress,
      CancellationToken cancel) {
    Dataset reference = WekaData.dataset(data);
    Schema schema = reference.schema();
    if (!schema.isClassification()) {
      throw new IllegalArgumentException(
          "counterfactuals need a nominal class; choose a nominal class attribute");
    }
    Set<Integer> frozen = new HashSet<>();
    for (String option : new String[] {"freeze", "protected"}) {
      String names = values.text(spec.parameter(option).orElseThrow());
      for (String name : names.isBlank() ? new String[0] : names.split(",", -1)) {
        int column = schema.indexOf(name.strip()).orElse(-1);
        if (column < 0 || column == schema.targetIndex()) {
          throw new IllegalArgumentException(
              option
                  + ": '"
                  + name.strip()
                  + "' is "
                  + (column < 0 ? "no attribute" : "the class")
                  + "; give attribute names separated by commas");
        }
        frozen.add(column);
      }
    }
    String desired = values.text(spec.parameter("desired").orElseThrow());
    int desiredClass = desired.isEmpty() ? -1 : schema.target().labels().indexOf(desired);
    if (!desired.isEmpty() && desiredClass < 0) {
      throw new IllegalArgumentException(
          "desired '"
              + desired
              + "' is not a class; the classes are "
              + String.join(", ", schema.target().labels()));
    }
    RowDistance distance =
        values.text(spec.parameter("distance").orElseThrow()).equals("gower")
            ? RowDistance.gower(reference)
            : RowDistance.standardised(reference);
    CounterfactualSearch search =
        new CounterfactualSearch(
            reference,
            distance,
            new Constraints(frozen, Map.of(), Map.of()),
            values.integer(spec.parameter("count").orElseThrow()),
            values.integer(spec.parameter("budget").orElseThrow()),
            values.longValue(Parameters.SEED),
            values.real(spec.parameter("margin").orElseThrow()));
    EvaluationEngine engine =
        new EvaluationEngine(1, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel);
    CounterfactualResult result =
        search
            .search(model, reference.select(new int[] {row}), new int[] {desiredClass}, engine)
            .get(0);
    return new Found(row, Set.copyOf(frozen), result);
  }
}
