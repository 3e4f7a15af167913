package org.glasswing.weka.filters;

import java.io.File;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.SchemeOptions;
import org.glasswing.weka.explain.ExplainMethod;
import org.glasswing.weka.explain.ExplanationSettings;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.OptionMetadata;
import weka.filters.SimpleBatchFilter;

/**
 * The options of {@link AddExplanation}: the classifier (or saved model), the Shapley method and
 * its settings. Each setter refuses a value it cannot use with one message naming the option and
 * the fix, and {@link #setOptions} reads the command line strictly.
 */
public abstract class ExplanationFilterOptions extends SimpleBatchFilter {

  private static final long serialVersionUID = 1L;

  private Classifier classifier = new J48();
  private File serializedModel = new File(System.getProperty("user.dir"));
  private ExplainMethod method = ExplainMethod.AUTO;
  private String target = "predicted";
  private int budget = 0;
  private int backgroundSize = ExplanationSettings.DEFAULT_BACKGROUND_SIZE;
  private int seed = 1;
  private int numThreads = 0;

  /** Creates the options with their defaults: J48, automatic method, the predicted class. */
  protected ExplanationFilterOptions() {}

  /**
   * The classifier trained on the first batch (unless a saved model is given).
   *
   * @return the classifier template
   */
  @OptionMetadata(
      displayName = "classifier",
      description = "The classifier to train on the first batch and explain (default J48).",
      commandLineParamName = "W",
      commandLineParamSynopsis = "-W <classifier specification>",
      displayOrder = 1)
  public Classifier getClassifier() {
    return classifier;
  }

  /**
   * Sets the classifier to train.
   *
   * @param classifier the classifier template
   */
  public void setClassifier(Classifier classifier) {
    this.classifier = OptionRange.given("W", classifier, "weka.classifiers.trees.J48");
  }

  /**
   * The saved model to explain instead of training; a directory means train.
   *
   * @return the model file or a directory
   */
  @OptionMetadata(
      displayName = "serialized model",
      description =
          "A saved .model file to explain instead of training the classifier; a directory"
              + " (the default) means train.",
      commandLineParamName = "serialized",
      commandLineParamSynopsis = "-serialized <file>",
      displayOrder = 2)
  public File getSerializedModel() {
    return serializedModel;
  }

  /**
   * Sets the saved model to explain.
   *
   * @param file a {@code .model} file, or a directory to train instead
   */
  public void setSerializedModel(File file) {
    this.serializedModel = OptionRange.given("serialized", file, "j48.model");
  }

  /**
   * The Shapley method.
   *
   * @return the method
   */
  @OptionMetadata(
      displayName = "method",
      description =
          "auto (TreeSHAP for J48, REPTree, RandomTree and RandomForest, else exact or"
              + " KernelSHAP), tree-shap, exact-shapley, sampling-shapley or kernel-shap.",
      commandLineParamName = "method",
      commandLineParamSynopsis =
          "-method <auto|tree-shap|exact-shapley|sampling-shapley|kernel-shap>",
      displayOrder = 3)
  public ExplainMethod getMethod() {
    return method;
  }

  /**
   * Sets the Shapley method.
   *
   * @param method the method
   */
  public void setMethod(ExplainMethod method) {
    this.method = OptionRange.given("method", method, "auto");
  }

  /**
   * Which class is explained.
   *
   * @return {@code predicted} or a class label
   */
  @OptionMetadata(
      displayName = "target class",
      description =
          "The class to explain: 'predicted' (each instance's predicted class) or a label.",
      commandLineParamName = "target",
      commandLineParamSynopsis = "-target <predicted|label>",
      displayOrder = 4)
  public String getTarget() {
    return target;
  }

  /**
   * Sets which class is explained.
   *
   * @param target {@code predicted} or a class label
   */
  public void setTarget(String target) {
    this.target = ExplanationSettings.checkTarget(target);
  }

  /**
   * The most coalitions per instance for a model-agnostic method.
   *
   * @return the budget; 0 for automatic
   */
  @OptionMetadata(
      displayName = "budget",
      description =
          "Coalitions evaluated per instance by exact-shapley, sampling-shapley and kernel-shap; 0"
              + " for "
              + ExplanationSettings.DEFAULT_BUDGET
              + " (or the method's minimum). Each costs one prediction per background row.",
      commandLineParamName = "budget",
      commandLineParamSynopsis = "-budget <n>",
      displayOrder = 5)
  public int getBudget() {
    return budget;
  }

  /**
   * Sets the budget.
   *
   * @param budget coalitions per instance; 0 for automatic
   */
  public void setBudget(int budget) {
    this.budget = ExplanationSettings.checkBudget(budget);
  }

  /**
   * How many background rows are sampled from the first batch.
   *
   * @return the background size
   */
  @OptionMetadata(
      displayName = "background size",
      description = "Background rows sampled from the first batch (all when it has fewer).",
      commandLineParamName = "background-size",
      commandLineParamSynopsis = "-background-size <n>",
      displayOrder = 6)
  public int getBackgroundSize() {
    return backgroundSize;
  }

  /**
   * Sets the background size.
   *
   * @param backgroundSize the number of rows, at least 1
   */
  public void setBackgroundSize(int backgroundSize) {
    this.backgroundSize = ExplanationSettings.checkBackgroundSize(backgroundSize);
  }

  /**
   * The seed of the background sample and of sampled coalitions.
   *
   * @return the seed
   */
  @OptionMetadata(
      displayName = "seed",
      description = "The seed of the background sample and of sampled coalitions.",
      commandLineParamName = "S",
      commandLineParamSynopsis = "-S <seed>",
      displayOrder = 7)
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
      displayOrder = 8)
  public int getNumThreads() {
    return numThreads;
  }

  /**
   * Sets the number of worker threads.
   *
   * @param numThreads the thread count; 0 for one per core
   */
  public void setNumThreads(int numThreads) {
    this.numThreads = ExplanationSettings.checkThreads(numThreads);
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
    SchemeOptions.setFilterOptions(this, options);
  }
}
