package org.glasswing.weka.gui;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.fairness.FairnessAudit;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.core.fairness.ProtectedGroups;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.weka.CrossValidatedPredictions;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Fairness for the protected attributes named in the settings, as {@code glasswing fairness
 * --protected A} measures it: the core {@link FairnessAudit} on the classifier's cross-validated
 * predictions (Weka's folds for the seed), with LAC conformal sets cross-fitted on the same folds.
 */
final class FairnessAnalysis {

  /**
   * The audits of the protected attributes.
   *
   * @param results one per protected attribute, in the order named
   */
  record Audited(List<FairnessResult> results) {

    Audited {
      results = List.copyOf(results);
    }
  }

  private FairnessAnalysis() {}

  static Audited audit(
      MethodSpec spec,
      ParameterValues values,
      Classifier template,
      Instances data,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    String named = values.text(spec.parameter("protected").orElseThrow());
    if (named.isBlank()) {
      throw new IllegalArgumentException(
          "name the protected attribute in 'protected' (a numeric one with cut points, as in"
              + " age:25,60); the attributes are "
              + String.join(", ", AttributeNames.inputs(data)));
    }
    if (!data.classAttribute().isNominal()) {
      throw new IllegalArgumentException(
          "fairness needs a nominal class; '" + data.classAttribute().name() + "' is numeric");
    }
    List<ProtectedAttribute> attributes = ProtectedAttribute.parseList(named);
    int folds = values.integer(spec.parameter("folds").orElseThrow());
    CrossValidatedPredictions heldOut =
        CrossValidatedPredictions.crossValidate(template, data, folds, seed, progress, cancel);
    Dataset rows = org.glasswing.weka.WekaData.dataset(data);
    List<ProtectedGroups> groups = new ArrayList<>();
    for (ProtectedAttribute a : attributes) {
      groups.add(a.groups(rows));
    }
    ClassPredictions predictions = heldOut.classPredictions();
    int[] known = heldOut.rowsWithClass();
    String positive = values.text(spec.parameter("positive").orElseThrow());
    int positiveClass = positive.isEmpty() ? 0 : predictions.labels().indexOf(positive);
    if (positiveClass < 0) {
      throw new IllegalArgumentException(
          "positive '"
              + positive
              + "' is not a class; the classes are "
              + String.join(", ", predictions.labels()));
    }
    double alpha = values.real(spec.parameter("alpha").orElseThrow());
    List<PredictionSet> sets =
        CrossFitting.predictionSets(
            predictions,
            SplitConformalClassifier.Settings.of(alpha, ConformalScore.LAC, false),
            Math.min(folds, predictions.size()),
            seed);
    FairnessAudit audit =
        new FairnessAudit(
            predictions,
            sets,
            alpha,
            new FairnessAudit.Settings(
                positiveClass,
                values.integer(spec.parameter("bins").orElseThrow()),
                values.integer(spec.parameter("replicates").orElseThrow()),
                values.real(spec.parameter("level").orElseThrow()),
                seed));
    List<FairnessResult> results = new ArrayList<>();
    for (ProtectedGroups g : groups) {
      results.add(audit.audit(g.select(known), cancel));
    }
    return new Audited(results);
  }
}
