package org.glasswing.weka.gui;

import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplainerChoice;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.WekaException;

/**
 * What the Explain tab shows, computed without Swing: the mean absolute Shapley value of every
 * attribute over (a sample of) the instances, and the explanation of one chosen instance, both for
 * each instance's predicted class.
 *
 * @param importance the global importance
 * @param local the chosen instance's explanation
 * @param instanceNumber the chosen instance's 1-based number in the data
 * @param description the method and its settings in plain words
 * @param classifier the explained classifier as Weka names it
 * @param numericClass whether the class is numeric (the output is then a value, not a probability)
 */
public record ExplorerExplanation(
    GlobalImportance importance,
    Explanation local,
    int instanceNumber,
    String description,
    String classifier,
    boolean numericClass) {

  /** The seed of the background and of the sampled instances. */
  public static final long SEED = 1;

  /**
   * Checks the parts are given.
   *
   * @param importance the global importance
   * @param local the chosen instance's explanation
   * @param instanceNumber the 1-based instance number
   * @param description the method in plain words
   * @param classifier the classifier's name
   * @param numericClass whether the class is numeric
   */
  public ExplorerExplanation {
    Objects.requireNonNull(importance, "importance");
    Objects.requireNonNull(local, "local");
  }

  /**
   * Trains (when asked) and explains.
   *
   * @param classifier the classifier: a template to train on {@code data}, or already trained
   * @param trained whether {@code classifier} is already trained on data with {@code data}'s header
   * @param data the instances, with the class set
   * @param instanceNumber the 1-based number of the instance to explain on its own
   * @param method a tabular local method of the catalogue, or {@code auto}
   * @param globalInstances how many instances (sampled with {@link #SEED}) the importance averages
   *     over; all when there are no more
   * @param progress receives progress reports (training is not reported)
   * @return what the tab shows
   * @throws InterruptedException if the calling thread was interrupted (Weka's Stop button)
   * @throws Exception a Weka exception with a message for the user for bad input, or the
   *     classifier's own when it cannot be trained
   */
  public static ExplorerExplanation compute(
      Classifier classifier,
      boolean trained,
      Instances data,
      int instanceNumber,
      String method,
      int globalInstances,
      ProgressListener progress)
      throws Exception {
    if (data.classIndex() < 0) {
      throw new WekaException("choose a class attribute first");
    }
    if (data.classAttribute().isNominal() && data.classAttribute().numValues() < 2) {
      throw new WekaException(
          "the class attribute '"
              + data.classAttribute().name()
              + "' has a single value; explaining a prediction needs at least two classes");
    }
    if (instanceNumber < 1 || instanceNumber > data.numInstances()) {
      throw new WekaException(
          "there is no instance "
              + instanceNumber
              + "; choose one from 1 to "
              + data.numInstances());
    }
    if (globalInstances < 1) {
      throw new WekaException("the importance needs at least 1 instance, got " + globalInstances);
    }
    Dataset rows;
    try {
      rows = WekaData.dataset(data);
    } catch (UserInputException e) {
      throw new WekaException(e.getMessage(), e);
    }
    Classifier model = classifier;
    if (!trained) {
      model = AbstractClassifier.makeCopy(classifier);
      model.buildClassifier(new Instances(data));
    }
    try {
      WekaModel wekaModel = new WekaModel(model, data);
      ExplainerChoice choice = options(method).choose(wekaModel, rows);
      Dataset sample =
          globalInstances >= rows.numRows()
              ? rows
              : Background.sample(rows, globalInstances, SEED + 1).rows();
      int total = sample.numRows() + 1;
      ProgressListener global =
          (fraction, message) ->
              progress.progress(
                  fraction * sample.numRows() / total,
                  "importance over " + sample.numRows() + " instances: " + message);
      List<Explanation> explanations =
          choice.explain(sample, TargetSelection.predicted(), 0, global);
      ProgressListener single =
          (fraction, message) ->
              progress.progress(
                  (sample.numRows() + fraction) / total, "instance " + instanceNumber);
      Explanation local =
          choice
              .explain(
                  rows.select(new int[] {instanceNumber - 1}),
                  TargetSelection.predicted(),
                  1,
                  single)
              .get(0);
      return new ExplorerExplanation(
          GlobalImportance.meanAbsolute(explanations),
          local,
          instanceNumber,
          choice.description(),
          org.glasswing.weka.WekaValidation.describe(model),
          data.classAttribute().isNumeric());
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  /**
   * The catalogue's options for a method at its defaults, with the tab's seed.
   *
   * @param method a method name or {@code auto}
   * @return the options
   * @throws WekaException if there is no such method
   */
  static CatalogueSchemeOptions options(String method) throws WekaException {
    CatalogueSchemeOptions options = new CatalogueSchemeOptions();
    try {
      options.setMethod(method);
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
    options.setSeed(SEED);
    return options;
  }
}
