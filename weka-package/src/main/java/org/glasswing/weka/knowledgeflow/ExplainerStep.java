package org.glasswing.weka.knowledgeflow;

import java.util.List;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.explain.ExplainMethod;
import org.glasswing.weka.explain.ExplanationSettings;
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
 * as the {@link AddExplanation} filter adds them. The background is sampled from the training set.
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

  private ExplainMethod method = ExplainMethod.AUTO;
  private String target = "predicted";
  private int budget = 0;
  private int backgroundSize = ExplanationSettings.DEFAULT_BACKGROUND_SIZE;
  private int seed = 1;

  /** Creates the step with the filter's defaults. */
  public ExplainerStep() {}

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
      displayOrder = 1)
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
      displayOrder = 2)
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
      description = "Coalitions per instance for the model-agnostic methods; 0 for automatic.",
      displayOrder = 3)
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
   * How many background rows are sampled from the training set.
   *
   * @return the background size
   */
  @OptionMetadata(
      displayName = "background size",
      description = "Background rows sampled from the training set (all when it has fewer).",
      displayOrder = 4)
  public int getBackgroundSize() {
    return backgroundSize;
  }

  /**
   * Sets the background size.
   *
   * @param backgroundSize rows, at least 1
   */
  public void setBackgroundSize(int backgroundSize) {
    this.backgroundSize = ExplanationSettings.checkBackgroundSize(backgroundSize);
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  @OptionMetadata(
      displayName = "seed",
      description = "The seed of the background sample and of sampled coalitions.",
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
    String of = batch.setNum() + " of " + batch.maxSetNum();
    String suffix = "_explained_set_" + batch.setNum() + "_of_" + batch.maxSetNum();
    if (batch.test() != null
        && getStepManager().numOutgoingConnectionsOfType(StepManager.CON_TESTSET) > 0) {
      getStepManager().logBasic("Explaining the test set " + of);
      output(
          StepManager.CON_TESTSET,
          explain(batch.classifier(), batch.train(), batch.test(), suffix),
          batch);
    }
    if (getStepManager().numOutgoingConnectionsOfType(StepManager.CON_TRAININGSET) > 0) {
      getStepManager().logBasic("Explaining the training set " + of);
      output(
          StepManager.CON_TRAININGSET,
          explain(batch.classifier(), batch.train(), batch.train(), suffix),
          batch);
    }
  }

  private Instances explain(Classifier classifier, Instances train, Instances rows, String suffix)
      throws Exception {
    AddExplanation filter = new AddExplanation();
    filter.setMethod(method);
    filter.setTarget(target);
    filter.setBudget(budget);
    filter.setBackgroundSize(backgroundSize);
    filter.setSeed(seed);
    filter.useTrainedClassifier(classifier, train);
    filter.setInputFormat(rows);
    Instances explained = Filter.useFilter(rows, filter);
    explained.setRelationName(rows.relationName() + suffix);
    return explained;
  }
}
