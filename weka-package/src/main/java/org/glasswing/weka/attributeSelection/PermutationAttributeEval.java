package org.glasswing.weka.attributeSelection;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.HeldOutFold;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PermutationImportance;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.resample.FoldPlan;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import org.glasswing.weka.WekaValidation;
import org.glasswing.weka.explain.CatalogueOptionTable;
import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Instances;
import weka.core.Option;
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
public class PermutationAttributeEval extends ClassifierAttributeEval
    implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private String metric = "default";
  private static final CatalogueOptionTable OPTIONS = options();

  private int folds = OPTIONS.integer("folds");
  private int repeats = OPTIONS.integer("repeats");
  private int seed = OPTIONS.integer("seed");
  private int numThreads = OPTIONS.integer("numThreads");

  private String measure;
  private double reference;

  /** Creates the evaluator with its defaults: J48, accuracy, 5 folds, 10 repeats. */
  public PermutationAttributeEval() {}

  private static CatalogueOptionTable options() {
    var permutation = CatalogueOptionTable.spec(Family.GLOBAL, "permutation");
    return CatalogueOptionTable.empty()
        .with(
            "folds",
            permutation,
            "folds",
            "(Each fold is predicted by a model trained on the others.)")
        .with("repeats", permutation, "repeats")
        .with("seed", permutation, "seed", "(The seed of the folds and of the shuffles.)")
        .with("numThreads", Parameters.THREADS, "(Results do not depend on it.)");
  }

  @Override
  public Enumeration<Option> listOptions() {
    return OPTIONS.listOptions(super.listOptions());
  }

  @Override
  public String[] getOptions() {
    return OPTIONS.getOptions(this, super.getOptions());
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    OPTIONS.setOptions(this, options);
    super.setOptions(options);
  }

  /**
   * The tip text of the folds, from the catalogue.
   *
   * @return the tip text
   */
  public String foldsTipText() {
    return OPTIONS.tipText("folds");
  }

  /**
   * The tip text of the repeats, from the catalogue.
   *
   * @return the tip text
   */
  public String repeatsTipText() {
    return OPTIONS.tipText("repeats");
  }

  /**
   * The tip text of the seed, from the catalogue.
   *
   * @return the tip text
   */
  public String seedTipText() {
    return OPTIONS.tipText("seed");
  }

  /**
   * The tip text of the threads, from the catalogue.
   *
   * @return the tip text
   */
  public String numThreadsTipText() {
    return OPTIONS.tipText("numThreads");
  }

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
  public int getFolds() {
    return folds;
  }

  /**
   * Sets the folds.
   *
   * @param folds from 2 to the number of instances
   */
  public void setFolds(int folds) {
    this.folds = (Integer) OPTIONS.check("folds", folds);
  }

  /**
   * How often each attribute is shuffled per fold.
   *
   * @return the repeats
   */
  public int getRepeats() {
    return repeats;
  }

  /**
   * Sets the repeats.
   *
   * @param repeats at least 1
   */
  public void setRepeats(int repeats) {
    this.repeats = (Integer) OPTIONS.check("repeats", repeats);
  }

  /**
   * The seed of the folds and the shuffles.
   *
   * @return the seed
   */
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
  public int getNumThreads() {
    return numThreads;
  }

  /**
   * Sets the number of worker threads.
   *
   * @param numThreads the thread count; 0 for one per core
   */
  public void setNumThreads(int numThreads) {
    this.numThreads = (Integer) OPTIONS.check("numThreads", numThreads);
  }

  @Override
  public Capabilities getCapabilities() {
    return classifierCapabilities(0);
  }

  @Override
  public void buildEvaluator(Instances data) throws Exception {
    checkClass(data, "permutation importance");
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
      FoldPlan plan = WekaSplits.folds(known, folds, seed);
      for (int f = 0; f < folds; f++) {
        Instances[] parts = WekaSplits.fold(known, plan, f);
        Instances train = parts[0];
        Instances test = parts[1];
        Classifier model =
            Training.train(getClassifier(), train, "fold " + (f + 1) + " of " + folds);
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
      measure = result.measure();
      reference = result.reference();
      setMerits(
          data,
          WekaData.schema(known).inputIndices(),
          i -> result.scores().get(i).importance(),
          i -> result.scores().get(i).std());
    } catch (UserInputException | IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    if (!built()) {
      return "Permutation importance attribute evaluator: not built yet.";
    }
    StringBuilder text = new StringBuilder();
    text.append("\tPermutation importance attribute evaluator\n\n");
    text.append("\tClassifier: ").append(WekaValidation.describe(getClassifier())).append('\n');
    text.append("\tImportance: ").append(measure).append('\n');
    text.append(
        String.format(
            Locale.ROOT,
            "\tHeld out: %d-fold cross-validation (seed %d), %d repeats per fold%n",
            folds,
            seed,
            repeats));
    text.append(String.format(Locale.ROOT, "\tIntact model's score: %.4f%n", reference));
    appendMerits(text, "Importance +- the standard deviation of its replicates");
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
}
