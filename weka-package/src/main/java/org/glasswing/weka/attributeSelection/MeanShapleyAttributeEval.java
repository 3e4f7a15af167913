package org.glasswing.weka.attributeSelection;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaValidation;
import org.glasswing.weka.explain.ExplainerChoice;
import org.glasswing.weka.explain.ShapCitation;
import org.glasswing.weka.explain.WekaMethodNames;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.WekaException;

/**
 * Ranks attributes by their mean absolute Shapley value: trains a classifier on the data, explains
 * its prediction (the predicted class's probability, or the numeric prediction) for the instances,
 * and scores each attribute by the average size of its attribution. Use it with {@code Ranker}.
 */
public class MeanShapleyAttributeEval extends ExplanationEvaluatorOptions
    implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private int maxRows = 0;

  private String description;
  private int explained;

  /** Creates the evaluator with its defaults: J48, automatic method, every instance explained. */
  public MeanShapleyAttributeEval() {}

  /**
   * Describes the evaluator for the GUI.
   *
   * @return the description
   */
  public String globalInfo() {
    return "Ranks attributes by their mean absolute attribution (by default the Shapley value):"
        + " how much, on average, each attribute moves the classifier's prediction (the predicted"
        + " class's probability) away from the average prediction. The classifier is trained on"
        + " the data and the background drawn from it with the seed, as glasswing explain does."
        + " Use with Ranker.\n\n"
        + WekaMethodNames.methodList(WekaMethodNames.tabularMethods())
        + "\nFor more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return ShapCitation.lundbergLee2017();
  }

  /**
   * How many instances are explained.
   *
   * @return the number; 0 for all
   */
  @OptionMetadata(
      displayName = "instances explained",
      description =
          "How many instances, sampled with the seed, are explained and averaged; 0 for all.",
      commandLineParamName = "max-rows",
      commandLineParamSynopsis = "-max-rows <n>",
      displayOrder = 5)
  public int getMaxRows() {
    return maxRows;
  }

  /**
   * Sets how many instances are explained.
   *
   * @param maxRows the number; 0 for all
   */
  public void setMaxRows(int maxRows) {
    this.maxRows = OptionRange.atLeast("max-rows", maxRows, 0, "rows explained, 0 for all", 0);
  }

  @Override
  public Capabilities getCapabilities() {
    return classifierCapabilities(1);
  }

  @Override
  public void buildEvaluator(Instances data) throws Exception {
    checkClass(data, "explaining a prediction");
    Dataset rows;
    try {
      rows = WekaData.dataset(data);
    } catch (UserInputException e) {
      throw new WekaException(e.getMessage(), e);
    }
    getCapabilities().testWithFail(data);
    Classifier trained = AbstractClassifier.makeCopy(getClassifier());
    trained.buildClassifier(new Instances(data));
    WekaModel model = new WekaModel(trained, data);
    List<Explanation> explanations;
    try {
      ExplainerChoice choice = explanation().choose(model, rows);
      Dataset chosen =
          maxRows == 0 || maxRows >= rows.numRows()
              ? rows
              : Background.sample(rows, maxRows, getSeed() + 1L).rows();
      explanations =
          choice.explain(
              chosen, TargetSelection.predicted(), getNumThreads(), ProgressListener.NONE);
      description = choice.description();
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
    GlobalImportance importance = GlobalImportance.meanAbsolute(explanations);
    explained = explanations.size();
    setMerits(
        data,
        model.schema().inputIndices(),
        f -> importance.importances().get(f).meanAbsolute(),
        f -> importance.importances().get(f).standardError());
  }

  @Override
  public String toString() {
    if (!built()) {
      return "Mean |Shapley value| attribute evaluator: not built yet.";
    }
    StringBuilder text = new StringBuilder();
    text.append("\tMean |Shapley value| attribute evaluator\n\n");
    text.append("\tClassifier: ").append(WekaValidation.describe(getClassifier())).append('\n');
    text.append("\tMethod: ").append(description).append('\n');
    text.append("\tInstances explained: ").append(explained).append('\n');
    text.append("\tExplained output: the probability of each instance's predicted class\n");
    appendMerits(text, "Mean |Shapley value| +- its standard error over the explained instances");
    return text.toString();
  }

  /**
   * Runs the evaluator from the command line.
   *
   * @param args the options, such as {@code -i data.arff -s "weka.attributeSelection.Ranker"}
   */
  public static void main(String[] args) {
    WekaCommandLine.exit(
        WekaCommandLine.runEvaluator(new MeanShapleyAttributeEval(), args, System.err));
  }
}
