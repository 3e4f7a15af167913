package org.glasswing.weka.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;
import weka.core.Option;

/**
 * The method options of a Weka scheme as bean properties, written once: a filter, an attribute
 * evaluator or a Knowledge Flow step implements this interface and holds one {@link
 * CatalogueSchemeOptions}, and Weka's GUI sees {@code method}, {@code budget}, {@code
 * backgroundSize}, {@code seed}, {@code numThreads} and {@code methodSettings} with their tip texts
 * from the catalogue. Weka finds properties and tip texts through {@link java.beans.Introspector},
 * which before JDK 17.0.14 (JDK-8071693) ignores default interface methods, so each implementing
 * class also declares one-line accessors and tip texts delegating to these defaults ({@code
 * ExplanationProperties.super.getMethod()}). A scheme's {@code listOptions()} and {@code
 * getOptions()} append the catalogue's with {@link #withMethodOptions(Enumeration)} and {@link
 * #withMethodOptions(String[])}.
 */
public interface ExplanationProperties {

  /**
   * The method and its settings, from the catalogue.
   *
   * @return the delegate that reads, writes and builds them
   */
  CatalogueSchemeOptions explanation();

  /**
   * The method.
   *
   * @return a method name or {@code auto}
   */
  default String getMethod() {
    return explanation().getMethod();
  }

  /**
   * Sets the method.
   *
   * @param method a tabular local method of the catalogue, or {@code auto}
   */
  default void setMethod(String method) {
    explanation().setMethod(method);
  }

  /**
   * Describes the method for the GUI.
   *
   * @return the tip text
   */
  default String methodTipText() {
    return explanation().tipText("method");
  }

  /**
   * The coalitions per instance of sampling-shapley and kernel-shap.
   *
   * @return the budget; 0 for the catalogue's default
   */
  default int getBudget() {
    return explanation().getBudget();
  }

  /**
   * Sets the budget.
   *
   * @param budget coalitions per instance; 0 for the catalogue's default
   */
  default void setBudget(int budget) {
    explanation().setBudget(budget);
  }

  /**
   * Describes the budget for the GUI.
   *
   * @return the tip text
   */
  default String budgetTipText() {
    return explanation().tipText("budget");
  }

  /**
   * How many background rows are sampled from the training data.
   *
   * @return the background size; 0 for every row
   */
  default int getBackgroundSize() {
    return explanation().getBackgroundSize();
  }

  /**
   * Sets the background size.
   *
   * @param backgroundSize the number of rows; 0 for every row
   */
  default void setBackgroundSize(int backgroundSize) {
    explanation().setBackgroundSize(backgroundSize);
  }

  /**
   * Describes the background size for the GUI.
   *
   * @return the tip text
   */
  default String backgroundSizeTipText() {
    return explanation().tipText("backgroundSize");
  }

  /**
   * The seed of every random choice.
   *
   * @return the seed
   */
  default long getSeed() {
    return explanation().getSeed();
  }

  /**
   * Sets the seed.
   *
   * @param seed the seed
   */
  default void setSeed(long seed) {
    explanation().setSeed(seed);
  }

  /**
   * Describes the seed for the GUI.
   *
   * @return the tip text
   */
  default String seedTipText() {
    return explanation().tipText("seed");
  }

  /**
   * The number of worker threads.
   *
   * @return the thread count; 0 for one per core
   */
  default int getNumThreads() {
    return explanation().getThreads();
  }

  /**
   * Sets the number of worker threads.
   *
   * @param numThreads the thread count; 0 for one per core
   */
  default void setNumThreads(int numThreads) {
    explanation().setThreads(numThreads);
  }

  /**
   * Describes the threads for the GUI.
   *
   * @return the tip text
   */
  default String numThreadsTipText() {
    return explanation().tipText("numThreads");
  }

  /**
   * The chosen method's other settings.
   *
   * @return options such as {@code -samples 3000 -lime-mode continuous}
   */
  default String getMethodSettings() {
    return explanation().getMethodSettings();
  }

  /**
   * Sets the chosen method's other settings, checked by the catalogue.
   *
   * @param settings options such as {@code -samples 3000 -lime-mode continuous}
   */
  default void setMethodSettings(String settings) {
    explanation().setMethodSettings(settings);
  }

  /**
   * Describes the method settings for the GUI.
   *
   * @return the tip text
   */
  default String methodSettingsTipText() {
    return explanation().tipText("methodSettings");
  }

  /**
   * A scheme's own options followed by the catalogue's, for its {@code listOptions()}.
   *
   * @param inherited the scheme's own options
   * @return all the options
   */
  default Enumeration<Option> withMethodOptions(Enumeration<Option> inherited) {
    Vector<Option> options = new Vector<>(Collections.list(inherited));
    options.addAll(explanation().listOptions());
    return options.elements();
  }

  /**
   * A scheme's own option values followed by the catalogue's, for its {@code getOptions()}.
   *
   * @param inherited the scheme's own option values
   * @return all the option values
   */
  default String[] withMethodOptions(String[] inherited) {
    List<String> options = new ArrayList<>(Arrays.asList(inherited));
    options.addAll(explanation().getOptions());
    return options.toArray(new String[0]);
  }
}
