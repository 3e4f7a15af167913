package org.glasswing.weka.knowledgeflow;

import java.util.List;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplanationTarget;
import org.glasswing.weka.filters.AddExplanation;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.filters.Filter;
import weka.gui.knowledgeflow.KFGUIConsts;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;

/**
 * Knowledge Flow step "Explainer": receives a trained classifier ({@code batchClassifier}, with its
 * training and test sets) and passes on the sets with Shapley explanation attributes added, exactly
 * as the {@link AddExplanation} filter adds them, with the same method options from the catalogue.
 * The background is drawn from the training set.
 */
@KFStep(
    name = "Explainer",
    category = "Glasswing",
    toolTipText =
        "Adds Shapley explanations of a trained classifier's predictions to its test and training"
            + " sets",
    iconPath = KFGUIConsts.BASE_ICON_PATH + "DiamondPlain.gif")
public class ExplainerStep extends ClassifierBatchStep {

  private static final long serialVersionUID = 1L;

  private String target = ExplanationTarget.PREDICTED;
  private final CatalogueSchemeOptions explanation = new CatalogueSchemeOptions();

  /** Creates the step with the filter's defaults. */
  public ExplainerStep() {}

  /**
   * Which class is explained.
   *
   * @return {@code predicted} or a class label
   */
  @OptionMetadata(
      displayName = "target class",
      description =
          "The class to explain: 'predicted' (each instance's predicted class) or a label.",
      displayOrder = 1)
  public String getTarget() {
    return target;
  }

  /**
   * Sets which class is explained.
   *
   * @param target {@code predicted} or a class label
   */
  public void setTarget(String target) {
    this.target = ExplanationTarget.check(target);
  }

  /**
   * The method and its settings, from the catalogue.
   *
   * @return the delegate that reads, writes and builds them
   */
  protected CatalogueSchemeOptions explanation() {
    return explanation;
  }

  /**
   * The method.
   *
   * @return a method name or {@code auto}
   */
  public String getMethod() {
    return explanation.getMethod();
  }

  /**
   * Sets the method.
   *
   * @param method a tabular local method of the catalogue, or {@code auto}
   */
  public void setMethod(String method) {
    explanation.setMethod(method);
  }

  /**
   * Describes the method for the GUI.
   *
   * @return the tip text
   */
  public String methodTipText() {
    return explanation.tipText("method");
  }

  /**
   * The coalitions per instance of sampling-shapley and kernel-shap.
   *
   * @return the budget; 0 for the catalogue's default
   */
  public int getBudget() {
    return explanation.getBudget();
  }

  /**
   * Sets the budget.
   *
   * @param budget coalitions per instance; 0 for the catalogue's default
   */
  public void setBudget(int budget) {
    explanation.setBudget(budget);
  }

  /**
   * Describes the budget for the GUI.
   *
   * @return the tip text
   */
  public String budgetTipText() {
    return explanation.tipText("budget");
  }

  /**
   * How many background rows are sampled from the training data.
   *
   * @return the background size; 0 for every row
   */
  public int getBackgroundSize() {
    return explanation.getBackgroundSize();
  }

  /**
   * Sets the background size.
   *
   * @param backgroundSize the number of rows; 0 for every row
   */
  public void setBackgroundSize(int backgroundSize) {
    explanation.setBackgroundSize(backgroundSize);
  }

  /**
   * Describes the background size for the GUI.
   *
   * @return the tip text
   */
  public String backgroundSizeTipText() {
    return explanation.tipText("backgroundSize");
  }

  /**
   * The seed of every random choice.
   *
   * @return the seed
   */
  public long getSeed() {
    return explanation.getSeed();
  }

  /**
   * Sets the seed.
   *
   * @param seed the seed
   */
  public void setSeed(long seed) {
    explanation.setSeed(seed);
  }

  /**
   * Describes the seed for the GUI.
   *
   * @return the tip text
   */
  public String seedTipText() {
    return explanation.tipText("seed");
  }

  /**
   * The number of worker threads.
   *
   * @return the thread count; 0 for one per core
   */
  public int getNumThreads() {
    return explanation.getThreads();
  }

  /**
   * Sets the number of worker threads.
   *
   * @param numThreads the thread count; 0 for one per core
   */
  public void setNumThreads(int numThreads) {
    explanation.setThreads(numThreads);
  }

  /**
   * Describes the threads for the GUI.
   *
   * @return the tip text
   */
  public String numThreadsTipText() {
    return explanation.tipText("numThreads");
  }

  /**
   * The chosen method's other settings.
   *
   * @return options such as {@code -samples 3000 -lime-mode continuous}
   */
  public String getMethodSettings() {
    return explanation.getMethodSettings();
  }

  /**
   * Sets the chosen method's other settings, checked by the catalogue.
   *
   * @param settings options such as {@code -samples 3000 -lime-mode continuous}
   */
  public void setMethodSettings(String settings) {
    explanation.setMethodSettings(settings);
  }

  /**
   * Describes the method settings for the GUI.
   *
   * @return the tip text
   */
  public String methodSettingsTipText() {
    return explanation.tipText("methodSettings");
  }

  @Override
  protected String stepName() {
    return "the Explainer";
  }

  @Override
  protected List<String> outputTypes() {
    return List.of(StepManager.CON_TRAININGSET, StepManager.CON_TESTSET);
  }

  @Override
  protected void process(Batch batch) throws Exception {
    passOnSets(
        batch,
        "Explaining",
        "explained",
        (rows, training, suffix) -> explain(batch.classifier(), batch.train(), rows, suffix));
  }

  private Instances explain(Classifier classifier, Instances train, Instances rows, String suffix)
      throws Exception {
    AddExplanation filter = new AddExplanation();
    filter.setOptions(explanation.getOptions().toArray(new String[0]));
    filter.setTarget(target);
    filter.useTrainedClassifier(classifier, train);
    filter.setInputFormat(rows);
    Instances explained = Filter.useFilter(rows, filter);
    explained.setRelationName(rows.relationName() + suffix);
    return explained;
  }
}
