package org.glasswing.weka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.report.ConfusionMatrix;
import org.glasswing.core.report.ModelPerformanceSection;
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
   * Cross-validates an untrained classifier exactly as Weka's {@link
   * Evaluation#crossValidateModel(Classifier, Instances, int, Random, Object...)} does, with {@code
   * new Random(seed)}. With fewer rows than folds, every row is its own fold.
   *
   * @param classifier the untrained classifier; it is copied for each fold, never changed
   * @param description the classifier as the user should read it, such as {@code RandomForest -I
   *     100}
   * @param data the data, with its class set; at least two rows
   * @param folds the number of folds, at least 2
   * @param seed the seed of the fold assignment
   * @return the section
   * @throws UserInputException if the data has fewer than two rows or the classifier cannot be
   *     trained on it
   */
  public static ModelPerformanceSection crossValidate(
      Classifier classifier, String description, Instances data, int folds, long seed) {
    if (folds < 2) {
      throw new UserInputException("cross-validation needs at least 2 folds, got " + folds);
    }
    if (data.numInstances() < 2) {
      throw new UserInputException(
          "cross-validation needs at least 2 rows, but the data has " + data.numInstances());
    }
    int used = Math.min(folds, data.numInstances());
    Evaluation evaluation = newEvaluation(data);
    try {
      evaluation.crossValidateModel(classifier, new Instances(data), used, new Random(seed));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (Exception e) {
      throw cannot("cross-validate", classifier, e);
    }
    return section(
        evaluation, description, used + "-fold cross-validation (seed " + seed + ")", data);
  }

  /**
   * Evaluates a trained classifier on given rows, for a saved model that cannot be retrained.
   *
   * @param classifier the trained classifier
   * @param description the classifier as the user should read it
   * @param data the rows to test on, following the classifier's header; at least one
   * @param dataName how to name those rows, such as {@code --data test.arff}
   * @return the section
   * @throws UserInputException if the classifier cannot score the rows
   */
  public static ModelPerformanceSection testOn(
      Classifier classifier, String description, Instances data, String dataName) {
    Evaluation evaluation = newEvaluation(data);
    try {
      evaluation.evaluateModel(classifier, data);
    } catch (Exception e) {
      throw cannot("evaluate", classifier, e);
    }
    return section(
        evaluation,
        description,
        "the saved model tested on " + dataName + " (no retraining)",
        data);
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

  private static UserInputException cannot(String what, Classifier classifier, Exception e) {
    return new UserInputException(
        "cannot " + what + " " + classifier.getClass().getName() + " on this data: " + message(e),
        e);
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
