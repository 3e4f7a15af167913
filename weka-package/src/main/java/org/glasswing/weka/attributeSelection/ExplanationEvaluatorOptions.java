package org.glasswing.weka.attributeSelection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;
import org.glasswing.weka.SchemeOptions;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import weka.attributeSelection.ASEvaluation;
import weka.core.Option;

/**
 * The method options of {@link MeanShapleyAttributeEval}: the method and its settings, which {@link
 * CatalogueSchemeOptions} derives from the catalogue, as bean properties for the GUI and as
 * command-line options.
 */
public abstract class ExplanationEvaluatorOptions extends ASEvaluation {

  private static final long serialVersionUID = 1L;

  private final CatalogueSchemeOptions explanation = new CatalogueSchemeOptions();

  /** Creates the options at the catalogue's defaults. */
  protected ExplanationEvaluatorOptions() {}

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
  public Enumeration<Option> listOptions() {
    Vector<Option> options = new Vector<>(Collections.list(super.listOptions()));
    options.addAll(explanation.listOptions());
    return options.elements();
  }

  @Override
  public String[] getOptions() {
    List<String> options = new ArrayList<>(Arrays.asList(super.getOptions()));
    options.addAll(explanation.getOptions());
    return options.toArray(new String[0]);
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
    SchemeOptions.setEvaluatorOptions(this, options);
  }
}
