package org.glasswing.weka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.report.ConfusionMatrix;
import org.glasswing.report.ModelPerformanceSection;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Measures how well a classifier predicts rows it did not learn from, with Weka's own {@link
 * Evaluation}, and turns the result into the report's {@link ModelPerformanceSection}: accuracy and
 * confusion matrix for a nominal class, correlation and errors for a numeric one.
 */
public final class WekaValidation {

  /** The number of folds the audit uses, as Weka's Explorer does by default. */
  public static final int DEFAULT_FOLDS = 10;

  private WekaValidation() {}

  /**
   * The performance section from predictions of rows the model did not learn from, measured by
   * Weka's own {@link Evaluation}, so the figures are those Weka's Explorer prints. Predictions
   * from {@link CrossValidatedPredictions#crossValidate} give exactly the accuracy and confusion
   * matrix of Weka's cross-validation with the same seed and folds.
   *
   * @param predictions one prediction per row of {@code data}
   * @param data the rows predicted, with their classes
   * @param description the classifier as the user should read it, such as {@code RandomForest -I
   *     100}
   * @param validation how the predictions were made, such as {@code 10-fold cross-validation (seed
   *     1)}
   * @return the section
   */
  public static ModelPerformanceSection section(
      CrossValidatedPredictions predictions,
      Instances data,
      String description,
      String validation) {
    if (predictions.numRows() != data.numInstances()) {
      throw new IllegalArgumentException(
          predictions.numRows() + " predictions for " + data.numInstances() + " rows");
    }
    Evaluation evaluation = newEvaluation(data);
    for (int row : predictions.evaluationOrder()) {
      try {
        evaluation.evaluationForSingleInstance(
            predictions.distribution(row), data.instance(row), false);
      } catch (Exception e) {
        throw new UserInputException("cannot evaluate row " + (row + 1) + ": " + message(e), e);
      }
    }
    return section(evaluation, description, validation, data);
  }

  private static Evaluation newEvaluation(Instances data) {
    try {
      return new Evaluation(data);
    } catch (Exception e) {
      throw new UserInputException("cannot evaluate on this data: " + message(e), e);
    }
  }

  private static ModelPerformanceSection section(
      Evaluation evaluation, String description, String validation, Instances data) {
    if (data.classAttribute().isNominal()) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < data.classAttribute().numValues(); i++) {
        labels.add(data.classAttribute().value(i));
      }
      return ModelPerformanceSection.classification(
          description, validation, new ConfusionMatrix(labels, evaluation.confusionMatrix()));
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    try {
      metrics.put("correlation", evaluation.correlationCoefficient());
    } catch (Exception e) {
      metrics.put("correlation", Double.NaN);
    }
    metrics.put("mean absolute error", evaluation.meanAbsoluteError());
    metrics.put("root mean squared error", evaluation.rootMeanSquaredError());
    metrics.put("rows", evaluation.numInstances());
    return ModelPerformanceSection.regression(description, validation, metrics);
  }

  private static String message(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }

  /**
   * The classifier as Weka's Explorer names it: its class's simple name and its options.
   *
   * @param classifier the classifier
   * @return such as {@code RandomForest -P 100 -I 100 -num-slots 1 -K 0 -M 1.0 -V 0.001 -S 1}
   */
  public static String describe(Classifier classifier) {
    String name = classifier.getClass().getSimpleName();
    if (classifier instanceof weka.core.OptionHandler handler) {
      String options = Utils.joinOptions(handler.getOptions());
      return options.isEmpty() ? name : name + " " + options;
    }
    return name;
  }
}
