package org.glasswing.weka.attributeSelection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.HeldOutFold;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PermutationImportance;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.SchemeOptions;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import org.glasswing.weka.WekaValidation;
import weka.attributeSelection.ASEvaluation;
import weka.attributeSelection.AttributeEvaluator;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.Capabilities;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.WekaException;

/**
 * Ranks attributes by permutation importance on held-out data: the data is split into Weka's
 * cross-validation folds; for each fold a classifier trained on the other folds predicts the fold
 * with one attribute's values shuffled among its rows, and the importance is the mean drop in the
 * metric (accuracy by default; RMSE, as an increase, for a numeric class) over the folds and
 * repeats. Use it with {@code Ranker}.
 */
public class PermutationAttributeEval extends ASEvaluation
    implements AttributeEvaluator, TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private Classifier classifier = new J48();
  private String metric = "default";
  private int folds = 5;
  private int repeats = PermutationImportance.DEFAULT_REPEATS;
  private int seed = 1;
  private int numThreads = 0;

  private double[] merits;
  private double[] deviations;
  private String measure;
  private double reference;
  private transient Instances header;

  /** Creates the evaluator with its defaults: J48, accuracy, 5 folds, 10 repeats. */
  public PermutationAttributeEval() {}

  /**
   * Describes the evaluator for the GUI.
   *
   * @return the description
   */
  public String globalInfo() {
    return "Ranks attributes by permutation importance on held-out data: for each of Weka's"
        + " cross-validation folds a classifier trained on the other folds predicts the fold with"
        + " one attribute's values shuffled, and the importance is the mean drop in the metric"
        + " (accuracy for a nominal class, RMSE for a numeric one) over folds and repeats."
        + " Use with Ranker.\n\nFor more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation result = new TechnicalInformation(TechnicalInformation.Type.ARTICLE);
    result.setValue(TechnicalInformation.Field.AUTHOR, "Leo Breiman");
    result.setValue(TechnicalInformation.Field.TITLE, "Random Forests");
    result.setValue(TechnicalInformation.Field.JOURNAL, "Machine Learning");
    result.setValue(TechnicalInformation.Field.VOLUME, "45");
    result.setValue(TechnicalInformation.Field.PAGES, "5-32");
    result.setValue(TechnicalInformation.Field.YEAR, "2001");
    TechnicalInformation mcr = result.add(TechnicalInformation.Type.ARTICLE);
    mcr.setValue(
        TechnicalInformation.Field.AUTHOR, "Aaron Fisher and Cynthia Rudin and Francesca Dominici");
    mcr.setValue(
        TechnicalInformation.Field.TITLE,
        "All Models are Wrong, but Many are Useful: Learning a Variable's Importance by Studying"
            + " an Entire Class of Prediction Models Simultaneously");
    mcr.setValue(TechnicalInformation.Field.JOURNAL, "Journal of Machine Learning Research");
    mcr.setValue(TechnicalInformation.Field.VOLUME, "20");
    mcr.setValue(TechnicalInformation.Field.PAGES, "1-81");
    mcr.setValue(TechnicalInformation.Field.YEAR, "2019");
    return result;
  }

  /**
   * The classifier trained on each fold's training part.
   *
   * @return the classifier template
   */
  @OptionMetadata(
      displayName = "classifier",
      description = "The classifier to train on each fold's training part (default J48).",
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
   * The metric whose drop is measured.
   *
   * @return {@code default}, {@code accuracy}, {@code auc}, {@code log-loss} or {@code rmse}
   */
  @OptionMetadata(
      displayName = "metric",
      description =
          "default (accuracy for a nominal class, rmse for a numeric one), accuracy, auc,"
              + " log-loss or rmse.",
      commandLineParamName = "metric",
      commandLineParamSynopsis = "-metric <default|accuracy|auc|log-loss|rmse>",
      displayOrder = 2)
  public String getMetric() {
    return metric;
  }

  /**
   * Sets the metric.
   *
   * @param metric the metric's name
   */
  public void setMetric(String metric) {
    this.metric = MetricOption.check(metric);
  }

  /**
   * The number of cross-validation folds.
   *
   * @return the folds
   */
  @OptionMetadata(
      displayName = "folds",
      description = "Cross-validation folds: each is predicted by a model trained on the others.",
      commandLineParamName = "folds",
      commandLineParamSynopsis = "-folds <K>",
      displayOrder = 3)
  public int getFolds() {
    return folds;
  }

  /**
   * Sets the folds.
   *
   * @param folds from 2 to the number of instances
   */
  public void setFolds(int folds) {
    this.folds = OptionRange.atLeast("folds", folds, 2, "cross-validation folds", 5);
  }

  /**
   * How often each attribute is shuffled per fold.
   *
   * @return the repeats
   */
  @OptionMetadata(
      displayName = "repeats",
      description = "How often each attribute is shuffled per fold.",
      commandLineParamName = "repeats",
      commandLineParamSynopsis = "-repeats <n>",
      displayOrder = 4)
  public int getRepeats() {
    return repeats;
  }

  /**
   * Sets the repeats.
   *
   * @param repeats at least 1
   */
  public void setRepeats(int repeats) {
    this.repeats = OptionRange.atLeast("repeats", repeats, 1, "shuffles per fold", 10);
  }

  /**
   * The seed of the folds and the shuffles.
   *
   * @return the seed
   */
  @OptionMetadata(
      displayName = "seed",
      description = "The seed of the folds and of the shuffles.",
      commandLineParamName = "S",
      commandLineParamSynopsis = "-S <seed>",
      displayOrder = 5)
  public int getSeed() {
    return seed;
  }

  /**
   * Sets the seed.
   *
   * @param seed the seed
   */
  public void setSeed(int seed) {
    this.seed = seed;
  }

  /**
   * The number of worker threads.
   *
   * @return the thread count; 0 for one per core
   */
  @OptionMetadata(
      displayName = "threads",
      description = "Worker threads; 0 for one per core. Results do not depend on it.",
      commandLineParamName = "num-threads",
      commandLineParamSynopsis = "-num-threads <n>",
      displayOrder = 6)
  public int getNumThreads() {
    return numThreads;
  }

  /**
   * Sets the number of worker threads.
   *
   * @param numThreads the thread count; 0 for one per core
   */
  public void setNumThreads(int numThreads) {
    this.numThreads =
        OptionRange.atLeast("num-threads", numThreads, 0, "worker threads, 0 for one per core", 0);
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = classifier.getCapabilities();
    result.disable(Capabilities.Capability.STRING_ATTRIBUTES);
    result.disable(Capabilities.Capability.DATE_ATTRIBUTES);
    result.disable(Capabilities.Capability.RELATIONAL_ATTRIBUTES);
    result.disable(Capabilities.Capability.NO_CLASS);
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  public void buildEvaluator(Instances data) throws Exception {
    if (data.classIndex() < 0) {
      throw new WekaException(
          "PermutationAttributeEval needs a class attribute, but none is set; set one with -c (such as -c last) or"
              + " in the Explorer's class box");
    }
    if (data.classAttribute().isNominal() && data.classAttribute().numValues() < 2) {
      throw new WekaException(
          "the class attribute '"
              + data.classAttribute().name()
              + "' has a single value; permutation importance needs at least two classes");
    }
    Instances known = new Instances(data);
    known.deleteWithMissingClass();
    try {
      WekaData.schema(known);
      getCapabilities().testWithFail(known);
      Metric score =
          "default".equals(metric)
              ? Metric.defaultFor(WekaData.schema(known))
              : Metric.parse(metric);
      List<HeldOutFold> heldOut = new ArrayList<>();
      int[][] testRows = CrossValidatedPredictions.testFolds(known, folds, seed);
      for (int f = 0; f < testRows.length; f++) {
        Instances[] parts = WekaSplits.split(known, testRows[f]);
        Instances train = parts[0];
        Instances test = parts[1];
        Classifier model =
            Training.train(classifier, train, "fold " + (f + 1) + " of " + testRows.length);
        heldOut.add(new HeldOutFold(new WekaModel(model, train), WekaData.dataset(test)));
      }
      int threads = numThreads > 0 ? numThreads : Runtime.getRuntime().availableProcessors();
      EvaluationEngine engine =
          new EvaluationEngine(
              threads,
              EvaluationEngine.DEFAULT_BATCH_ROWS,
              ProgressListener.NONE,
              CancellationToken.ofCallingThread());
      ImportanceResult result =
          new PermutationImportance(score, repeats, seed).compute(heldOut, engine);
      int[] inputs = WekaData.schema(known).inputIndices();
      merits = new double[data.numAttributes()];
      deviations = new double[data.numAttributes()];
      for (int i = 0; i < inputs.length; i++) {
        merits[inputs[i]] = result.scores().get(i).importance();
        deviations[inputs[i]] = result.scores().get(i).std();
      }
      measure = result.measure();
      reference = result.reference();
      header = new Instances(data, 0);
    } catch (UserInputException | IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  @Override
  public double evaluateAttribute(int attribute) throws Exception {
    if (merits == null) {
      throw new WekaException("PermutationAttributeEval has not been built yet");
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
      return "Permutation importance attribute evaluator: not built yet.";
    }
    StringBuilder text = new StringBuilder();
    text.append("\tPermutation importance attribute evaluator\n\n");
    text.append("\tClassifier: ").append(WekaValidation.describe(classifier)).append('\n');
    text.append("\tImportance: ").append(measure).append('\n');
    text.append(
        String.format(
            Locale.ROOT,
            "\tHeld out: %d-fold cross-validation (seed %d), %d repeats per fold%n",
            folds,
            seed,
            repeats));
    text.append(String.format(Locale.ROOT, "\tIntact model's score: %.4f%n", reference));
    if (header != null) {
      text.append("\n\tImportance +- the standard deviation of its replicates:\n");
      for (int a = 0; a < merits.length; a++) {
        if (a != header.classIndex()) {
          text.append(
              String.format(
                  Locale.ROOT,
                  "\t%-24s %.4f +- %.4f%n",
                  header.attribute(a).name(),
                  merits[a],
                  deviations[a]));
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
        WekaCommandLine.runEvaluator(new PermutationAttributeEval(), args, System.err));
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
    PermutationAttributeEval evaluator =
        WekaCommandLine.scheme(toRun, PermutationAttributeEval.class);
    WekaCommandLine.exit(WekaCommandLine.runEvaluator(evaluator, options, System.err));
  }

  /**
   * Sets the options strictly: a value that cannot be used, a classifier that cannot be built or an
   * unknown option fails with one message naming it (Weka's default keeps the old value).
   *
   * @param options the options
   * @throws Exception naming the first bad option
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    SchemeOptions.setEvaluatorOptions(this, options);
  }
}
