package org.glasswing.weka.gui;

import java.util.List;
import java.util.function.Function;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.global.PartialDependence;
import org.glasswing.core.global.Profile;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.sanity.RandomisationTest;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.explain.ExplainerChoice;
import org.glasswing.weka.sanity.WekaRetrainer;
import org.glasswing.weka.tree.WekaTreeReader;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.WekaException;

/**
 * The Explain tab's further views, computed without Swing: the PDP/ICE curves of one attribute, the
 * reliability diagram of cross-validated predictions, and the data-randomisation sanity check of
 * the chosen method beside the input-magnitude baseline. Only translation: the algorithms are the
 * core's {@link PartialDependence}, {@link CalibrationMetrics} and {@link RandomisationTest}.
 */
public final class ExplorerDiagnostics {

  /** The most instances (sampled with {@link ExplorerExplanation#SEED}) the ICE curves show. */
  public static final int PROFILE_ROWS = 100;

  /** The number of cross-validation folds of the reliability diagram. */
  public static final int FOLDS = 5;

  /** The number of reliability bins. */
  public static final int BINS = 10;

  /** The most instances the sanity check explains. */
  public static final int SANITY_ROWS = 20;

  private ExplorerDiagnostics() {}

  /**
   * The ICE curves and PDP of one attribute for one output of a trained classifier.
   *
   * @param trained the trained classifier
   * @param data the instances, class set, with the classifier's header
   * @param attribute the 0-based index of the varied attribute (not the class)
   * @param output the class value index profiled (0 for a numeric class)
   * @param progress receives progress reports
   * @return the curves over at most {@link #PROFILE_ROWS} sampled instances
   * @throws WekaException for the class attribute, or an attribute that cannot be varied
   */
  public static Profile profile(
      Classifier trained, Instances data, int attribute, int output, ProgressListener progress)
      throws WekaException {
    if (attribute == data.classIndex()) {
      throw new WekaException(
          "choose an attribute other than the class '" + data.classAttribute().name() + "'");
    }
    try {
      Dataset rows = WekaData.dataset(data);
      Dataset sample =
          rows.numRows() > PROFILE_ROWS
              ? Background.sample(rows, PROFILE_ROWS, ExplorerExplanation.SEED + 2).rows()
              : rows;
      return new PartialDependence(PartialDependence.DEFAULT_GRID)
          .profile(new WekaModel(trained, data), sample, attribute, output, engine(progress));
    } catch (UserInputException | IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  /**
   * The calibration of a classifier's {@value #FOLDS}-fold cross-validated predictions.
   *
   * @param classifier the classifier (copied for every fold; not changed)
   * @param data the instances, with a nominal class set
   * @param progress receives a report after each fold
   * @return the metrics with {@value #BINS} equal-width reliability bins
   * @throws WekaException for a numeric class or too few instances
   */
  public static CalibrationMetrics reliability(
      Classifier classifier, Instances data, ProgressListener progress) throws WekaException {
    if (!data.classAttribute().isNominal()) {
      throw new WekaException(
          "a reliability diagram needs a nominal class; '"
              + data.classAttribute().name()
              + "' is numeric");
    }
    try {
      CrossValidatedPredictions predictions =
          CrossValidatedPredictions.crossValidate(
              classifier,
              data,
              Math.min(FOLDS, data.numInstances()),
              ExplorerExplanation.SEED,
              progress,
              CancellationToken.ofCallingThread());
      return CalibrationMetrics.of(predictions.classPredictions(), BINS);
    } catch (UserInputException | IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  /**
   * The data-randomisation test (Adebayo et al. 2018) of the chosen method and of the
   * input-magnitude baseline: each is compared with itself on a model retrained on permuted labels.
   *
   * @param trained the trained classifier
   * @param data its training instances, class set
   * @param method a tabular local method of the catalogue, or {@code auto}
   * @param progress receives progress reports
   * @return one result per method and similarity measure, the chosen method first
   * @throws WekaException naming the problem
   */
  public static List<CheckResult> sanity(
      Classifier trained, Instances data, String method, ProgressListener progress)
      throws WekaException {
    try {
      WekaModel model = new WekaModel(trained, data);
      Dataset rows = WekaData.dataset(data);
      ExplainerChoice choice = ExplorerExplanation.options(method).choose(model, rows);
      boolean trees = !(choice.model() instanceof WekaModel);
      Function<WekaModel, Model> view =
          trees ? m -> WekaTreeReader.read(m.classifier(), m.schema()) : m -> m;
      WekaRetrainer trainer = new WekaRetrainer(data, AbstractClassifier.makeCopy(trained), view);
      Dataset explained =
          rows.numRows() > SANITY_ROWS
              ? Background.sample(rows, SANITY_ROWS, ExplorerExplanation.SEED + 3).rows()
              : rows;
      Explainer baseline =
          new InputMagnitudeExplainer(
              Background.sample(
                  rows,
                  Math.min(
                      Integer.parseInt(Parameters.BACKGROUND_SIZE.defaultValue()), rows.numRows()),
                  ExplorerExplanation.SEED));
      int features = model.schema().inputIndices().length;
      return new RandomisationTest(Math.max(1, Math.min(5, features - 1)), ExplorerExplanation.SEED)
          .dataRandomisation(
              List.of(choice.explainer(), baseline),
              choice.model(),
              trainer.labels(),
              trainer,
              1,
              explained,
              engine(progress));
    } catch (WekaException e) {
      throw e;
    } catch (Exception e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  private static EvaluationEngine engine(ProgressListener progress) {
    return new EvaluationEngine(
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        EvaluationEngine.DEFAULT_BATCH_ROWS,
        progress,
        CancellationToken.ofCallingThread());
  }
}
