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
import weka.attributeSelection.AttributeEvaluator;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
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
    implements AttributeEvaluator, TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private Classifier classifier = new J48();
  private int maxRows = 0;

  private double[] merits;
  private double[] errors;
  private String description;
  private int explained;
  private transient Instances header;

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
   * The classifier to train and explain.
   *
   * @return the classifier template
   */
  @OptionMetadata(
      displayName = "classifier",
      description = "The classifier to train and explain (default J48).",
      commandLineParamName = "W",
      commandLineParamSynopsis = "-W <classifier specification>",
      displayOrder = 1)
  public Classifier getClassifier() {
    return classifier;
  }

  /**
   * Sets the classifier.
   *
   * @param classifier the classifier template
   */
  public void setClassifier(Classifier classifier) {
    this.classifier = OptionRange.given("W", classifier, "weka.classifiers.trees.J48");
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
    Capabilities result = classifier.getCapabilities();
    result.disable(Capabilities.Capability.STRING_ATTRIBUTES);
    result.disable(Capabilities.Capability.DATE_ATTRIBUTES);
    result.disable(Capabilities.Capability.RELATIONAL_ATTRIBUTES);
    result.disable(Capabilities.Capability.NO_CLASS);
    result.setMinimumNumberInstances(1);
    return result;
  }

  @Override
  public void buildEvaluator(Instances data) throws Exception {
    if (data.classIndex() < 0) {
      throw new WekaException(
          "MeanShapleyAttributeEval needs a class attribute, but none is set; set one with -c (such as -c last) or"
              + " in the Explorer's class box");
    }
    if (data.classAttribute().isNominal() && data.classAttribute().numValues() < 2) {
      throw new WekaException(
          "the class attribute '"
              + data.classAttribute().name()
              + "' has a single value; explaining a prediction needs at least two classes");
    }
    Dataset rows;
    try {
      rows = WekaData.dataset(data);
    } catch (UserInputException e) {
      throw new WekaException(e.getMessage(), e);
    }
    getCapabilities().testWithFail(data);
    Classifier trained = AbstractClassifier.makeCopy(classifier);
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
    int[] inputs = model.schema().inputIndices();
    merits = new double[data.numAttributes()];
    errors = new double[data.numAttributes()];
    for (int f = 0; f < inputs.length; f++) {
      merits[inputs[f]] = importance.importances().get(f).meanAbsolute();
      errors[inputs[f]] = importance.importances().get(f).standardError();
    }
    explained = explanations.size();
    header = new Instances(data, 0);
  }

  @Override
  public double evaluateAttribute(int attribute) throws Exception {
    if (merits == null) {
      throw new WekaException("MeanShapleyAttributeEval has not been built yet");
    }
    if (attribute < 0 || attribute >= merits.length) {
      throw new WekaException(
          "no attribute " + attribute + "; the data has " + merits.length + " attributes");
    }
    return merits[attribute];
  }

  @Override
  public String toString() {
    if (merits == null) {
      return "Mean |Shapley value| attribute evaluator: not built yet.";
    }
    StringBuilder text = new StringBuilder();
    text.append("\tMean |Shapley value| attribute evaluator\n\n");
    text.append("\tClassifier: ").append(WekaValidation.describe(classifier)).append('\n');
    text.append("\tMethod: ").append(description).append('\n');
    text.append("\tInstances explained: ").append(explained).append('\n');
    text.append("\tExplained output: the probability of each instance's predicted class\n");
    if (header != null) {
      text.append("\n\tMean |Shapley value| +- its standard error over the explained instances:\n");
      for (int a = 0; a < merits.length; a++) {
        if (a != header.classIndex()) {
          text.append(
              String.format(
                  java.util.Locale.ROOT,
                  "\t%-24s %.4f +- %.4f%n",
                  header.attribute(a).name(),
                  merits[a],
                  errors[a]));
        }
      }
    }
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

  /**
   * Runs the evaluator for {@code weka.Run}: as {@link #main}, a failure ends with a non-zero exit
   * code and one line on standard error.
   *
   * @param toRun this evaluator
   * @param options the command-line options
   */
  @Override
  public void run(Object toRun, String[] options) {
    MeanShapleyAttributeEval evaluator =
        WekaCommandLine.scheme(toRun, MeanShapleyAttributeEval.class);
    WekaCommandLine.exit(WekaCommandLine.runEvaluator(evaluator, options, System.err));
  }
}
