package org.glasswing.weka.gui;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.HeldOutFold;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PermutationImportance;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.resample.FoldPlan;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Permutation importance on cross-validation folds, as {@code glasswing importance} computes it:
 * the classifier is retrained on each fold's training part (Weka's folds for the seed) and each
 * attribute is shuffled {@code repeats} times in the held-out part; the score is the default
 * metric's loss.
 */
final class ImportanceAnalysis {

  private ImportanceAnalysis() {}

  static ImportanceResult permutation(
      MethodSpec spec,
      ParameterValues values,
      Classifier template,
      Instances data,
      ProgressListener progress,
      CancellationToken cancel)
      throws Exception {
    int folds = values.integer(spec.parameter("folds").orElseThrow());
    int repeats = values.integer(spec.parameter("repeats").orElseThrow());
    long seed = values.longValue(Parameters.SEED);
    if (folds > data.numInstances()) {
      throw new IllegalArgumentException(
          "folds must be at most the number of instances (" + data.numInstances() + ")");
    }
    FoldPlan plan = WekaSplits.folds(data, folds, seed);
    List<HeldOutFold> heldOut = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      cancel.throwIfCancelled();
      Instances[] parts = WekaSplits.fold(data, plan, f);
      Classifier model = AbstractClassifier.makeCopy(template);
      model.buildClassifier(parts[0]);
      heldOut.add(new HeldOutFold(new WekaModel(model, parts[0]), WekaData.dataset(parts[1])));
    }
    Metric metric = Metric.defaultFor(WekaData.schema(data));
    EvaluationEngine engine =
        new EvaluationEngine(1, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel);
    return new PermutationImportance(metric, repeats, seed).compute(heldOut, engine);
  }
}
