package org.glasswing.weka.filters;

import java.util.Enumeration;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplanationProperties;
import org.glasswing.weka.explain.ExplanationTarget;
import weka.core.Option;
import weka.core.OptionMetadata;

/**
 * The options of {@link AddExplanation}: the classifier (or saved model), the class to explain, and
 * the method and its settings, which {@link CatalogueSchemeOptions} derives from the catalogue.
 * Each setter refuses a value it cannot use with one message naming the option and the fix, and
 * {@link #setOptions} reads the command line strictly.
 */
public abstract class ExplanationFilterOptions extends ClassifierSourceFilter
    implements ExplanationProperties {

  private static final long serialVersionUID = 1L;

  private String target = "predicted";
  private final CatalogueSchemeOptions explanation = new CatalogueSchemeOptions();

  /** Creates the options with their defaults: J48, automatic method, the predicted class. */
  protected ExplanationFilterOptions() {}

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
      displayOrder = 3)
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
  public Enumeration<Option> listOptions() {
    return withMethodOptions(super.listOptions());
  }

  @Override
  public String[] getOptions() {
    return withMethodOptions(super.getOptions());
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
    explanation.setOptions(options);
    super.setOptions(options);
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
