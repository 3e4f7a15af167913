package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.UserInputException;
import weka.core.Instances;

/**
 * Predictions for rows the model did not learn from, as {@code calibration} and {@code fairness}
 * measure them: a saved {@code --model} on a {@code --test} file, {@code --classifier} trained on
 * {@code --train} and predicting {@code --test}, or Weka's cross-validation of {@code --train}.
 *
 * @param predictions the predictions, one per row of {@code rows}
 * @param rows the rows predicted, in input order
 */
record HeldOutPredictions(CrossValidatedPredictions predictions, Instances rows) {

  /**
   * Predicts held-out rows.
   *
   * @param common the shared options
   * @param setup the loaded data and model
   * @param test the {@code --test} file, or null for cross-validation
   * @param folds the cross-validation folds
   * @param err where the progress line goes
   * @return the predictions and the rows they belong to
   */
  static HeldOutPredictions of(
      CommonOptions common, ExplainSetup setup, Path test, int folds, PrintWriter err) {
    if (test != null) {
      Instances testData = UncertaintySupport.testData(setup, test);
      if (common.model() != null) {
        return new HeldOutPredictions(
            CrossValidatedPredictions.ofTrained(setup.model().classifier(), testData), testData);
      }
      return new HeldOutPredictions(
          CrossValidatedPredictions.holdOut(
              UncertaintySupport.untrainedClassifier(common), setup.trainingData(), testData),
          testData);
    }
    if (common.model() != null) {
      throw new UserInputException(
          "cross-validation trains the classifier again on each fold; give --classifier with"
              + " --train, or measure a saved --model on --test");
    }
    ProgressLine progress = new ProgressLine(err, "cross-validating", !common.quiet());
    try {
      return new HeldOutPredictions(
          CrossValidatedPredictions.crossValidate(
              UncertaintySupport.untrainedClassifier(common),
              setup.trainingData(),
              folds,
              common.seed(),
              progress,
              CancellationToken.ofCallingThread()),
          setup.trainingData());
    } finally {
      progress.finish();
    }
  }
}
