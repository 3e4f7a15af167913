package org.glasswing.weka.knowledgeflow;

import java.util.List;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplanationProperties;
import org.glasswing.weka.explain.ExplanationTarget;
import org.glasswing.weka.filters.AddExplanation;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.filters.Filter;
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
    iconPath = "org/glasswing/weka/knowledgeflow/icons/Explainer.png")
public class ExplainerStep extends ClassifierBatchStep implements ExplanationProperties {

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

  @Override
  public CatalogueSchemeOptions explanation() {
    return explanation;
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

  // Explicit accessors: java.beans.Introspector before JDK 17.0.14 (JDK-8071693) ignores default
  // interface methods, and Weka's GUI finds properties and tip texts through it.

  /** {@inheritDoc} */
  @Override
  public String getMethod() {
    return ExplanationProperties.super.getMethod();
  }

  /** {@inheritDoc} */
  @Override
  public void setMethod(String method) {
    ExplanationProperties.super.setMethod(method);
  }

  /** {@inheritDoc} */
  @Override
  public String methodTipText() {
    return ExplanationProperties.super.methodTipText();
  }

  /** {@inheritDoc} */
  @Override
  public int getBudget() {
    return ExplanationProperties.super.getBudget();
  }

  /** {@inheritDoc} */
  @Override
  public void setBudget(int budget) {
    ExplanationProperties.super.setBudget(budget);
  }

  /** {@inheritDoc} */
  @Override
  public String budgetTipText() {
    return ExplanationProperties.super.budgetTipText();
  }

  /** {@inheritDoc} */
  @Override
  public int getBackgroundSize() {
    return ExplanationProperties.super.getBackgroundSize();
  }

  /** {@inheritDoc} */
  @Override
  public void setBackgroundSize(int backgroundSize) {
    ExplanationProperties.super.setBackgroundSize(backgroundSize);
  }

  /** {@inheritDoc} */
  @Override
  public String backgroundSizeTipText() {
    return ExplanationProperties.super.backgroundSizeTipText();
  }

  /** {@inheritDoc} */
  @Override
  public long getSeed() {
    return ExplanationProperties.super.getSeed();
  }

  /** {@inheritDoc} */
  @Override
  public void setSeed(long seed) {
    ExplanationProperties.super.setSeed(seed);
  }

  /** {@inheritDoc} */
  @Override
  public String seedTipText() {
    return ExplanationProperties.super.seedTipText();
  }

  /** {@inheritDoc} */
  @Override
  public int getNumThreads() {
    return ExplanationProperties.super.getNumThreads();
  }

  /** {@inheritDoc} */
  @Override
  public void setNumThreads(int numThreads) {
    ExplanationProperties.super.setNumThreads(numThreads);
  }

  /** {@inheritDoc} */
  @Override
  public String numThreadsTipText() {
    return ExplanationProperties.super.numThreadsTipText();
  }

  /** {@inheritDoc} */
  @Override
  public String getMethodSettings() {
    return ExplanationProperties.super.getMethodSettings();
  }

  /** {@inheritDoc} */
  @Override
  public void setMethodSettings(String settings) {
    ExplanationProperties.super.setMethodSettings(settings);
  }

  /** {@inheritDoc} */
  @Override
  public String methodSettingsTipText() {
    return ExplanationProperties.super.methodSettingsTipText();
  }
}
