package org.glasswing.weka.attributeSelection;

import java.util.Enumeration;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplanationProperties;
import weka.core.Option;

/**
 * The method options of {@link MeanShapleyAttributeEval}: the method and its settings, which {@link
 * CatalogueSchemeOptions} derives from the catalogue, as bean properties for the GUI and as
 * command-line options.
 */
public abstract class ExplanationEvaluatorOptions extends ClassifierAttributeEval
    implements ExplanationProperties {

  private static final long serialVersionUID = 1L;

  private final CatalogueSchemeOptions explanation = new CatalogueSchemeOptions();

  /** Creates the options at the catalogue's defaults. */
  protected ExplanationEvaluatorOptions() {}

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
