package org.glasswing.weka.knowledgeflow;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.RandomisationTest;
import org.glasswing.core.shapley.Background;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplainerChoice;
import org.glasswing.weka.sanity.WekaRetrainer;
import org.glasswing.weka.tree.WekaTreeReader;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.WekaException;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;

/**
 * The Knowledge Flow step "Sanity check": receives a trained classifier with its training and test
 * sets and runs the data (label) randomisation test of Adebayo et al. (2018) on the Shapley method
 * the Explainer step would use: the classifier is retrained on training labels shuffled at random,
 * and the explanations of test instances must then change (similarity near 0); explanations that
 * stay the same do not depend on what the model learned. Emits one text line per similarity
 * measure: {@code method,test,measure,value,verdict,reason}.
 */
@KFStep(
    name = "SanityCheck",
    category = "Glasswing",
    toolTipText =
        "Checks that Shapley explanations of a trained classifier change when it is retrained on"
            + " shuffled labels (data randomisation test)",
    iconPath = "org/glasswing/weka/knowledgeflow/icons/SanityCheck.png")
public class SanityCheckStep extends ClassifierBatchStep {

  private static final long serialVersionUID = 1L;

  private final CatalogueSchemeOptions explanation = new CatalogueSchemeOptions();
  private int repeats = 3;
  private int maxRows = 50;
  private int seed = 1;

  /** Creates the step with its defaults: automatic method, 3 shuffles, 50 test instances. */
  public SanityCheckStep() {}

  /**
   * The method checked.
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
   * Describes the method for the GUI, from the catalogue.
   *
   * @return the tip text
   */
  public String methodTipText() {
    return explanation.tipText("method");
  }

  /**
   * The method's other settings.
   *
   * @return options such as {@code -budget 4096} or {@code -samples 3000}
   */
  public String getMethodSettings() {
    return explanation.getMethodSettings();
  }

  /**
   * Sets the method's other settings, checked by the catalogue.
   *
   * @param settings options such as {@code -samples 3000 -lime-mode continuous}
   */
  public void setMethodSettings(String settings) {
    explanation.setMethodSettings(settings);
  }

  /**
   * Describes the method settings for the GUI, from the catalogue.
   *
   * @return the tip text
   */
  public String methodSettingsTipText() {
    return explanation.tipText("methodSettings");
  }

  /**
   * How many label shuffles (each a retrained classifier).
   *
   * @return the repeats
   */
  @OptionMetadata(
      displayName = "repeats",
      description = "Label shuffles, each a retrained classifier; similarities are averaged.",
      displayOrder = 2)
  public int getRepeats() {
    return repeats;
  }

  /**
   * Sets the repeats.
   *
   * @param repeats at least 1
   */
  public void setRepeats(int repeats) {
    this.repeats = OptionRange.atLeast("repeats", repeats, 1, "label shuffles", 3);
  }

  /**
   * How many test instances are explained.
   *
   * @return the number, sampled with the seed
   */
  @OptionMetadata(
      displayName = "instances",
      description = "Test instances explained (sampled with the seed when there are more).",
      displayOrder = 3)
  public int getMaxRows() {
    return maxRows;
  }

  /**
   * Sets how many test instances are explained.
   *
   * @param maxRows at least 1
   */
  public void setMaxRows(int maxRows) {
    this.maxRows = OptionRange.atLeast("instances", maxRows, 1, "test instances explained", 20);
  }

  /**
   * The seed of the shuffles, the instance sample and the background.
   *
   * @return the seed
   */
  @OptionMetadata(
      displayName = "seed",
      description = "The seed of the label shuffles, the instance sample and the background.",
      displayOrder = 4)
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
    return "the Sanity check";
  }

  @Override
  protected List<String> outputTypes() {
    return List.of(StepManager.CON_TEXT);
  }

  @Override
  protected void process(Batch batch) throws Exception {
    getStepManager().logBasic("Checking set " + batch.setNum() + " of " + batch.maxSetNum());
    List<CheckResult> results =
        check(
            batch.classifier(), batch.train(), batch.test() == null ? batch.train() : batch.test());
    Data out = new Data(StepManager.CON_TEXT, text(results));
    out.setPayloadElement(
        StepManager.CON_AUX_DATA_TEXT_TITLE,
        "Sanity check of "
            + batch.classifier().getClass().getSimpleName()
            + " (set "
            + batch.setNum()
            + " of "
            + batch.maxSetNum()
            + ")");
    getStepManager().outputData(out);
  }

  /**
   * Runs the data randomisation test.
   *
   * @param classifier the trained classifier
   * @param train its training set
   * @param rows the instances to explain
   * @return one result per similarity measure
   * @throws WekaException naming the problem
   */
  List<CheckResult> check(Classifier classifier, Instances train, Instances rows)
      throws WekaException {
    try {
      WekaModel model = new WekaModel(classifier, train);
      Dataset trainRows = WekaData.dataset(train);
      explanation.setSeed(seed);
      ExplainerChoice choice = explanation.choose(model, trainRows);
      boolean trees = !(choice.model() instanceof WekaModel);
      Function<WekaModel, Model> view =
          trees ? m -> WekaTreeReader.read(m.classifier(), m.schema()) : m -> m;
      WekaRetrainer trainer =
          new WekaRetrainer(train, AbstractClassifier.makeCopy(classifier), view);
      Dataset explained = WekaData.dataset(rows);
      if (explained.numRows() > maxRows) {
        explained = Background.sample(explained, maxRows, seed + 1L).rows();
      }
      int features = model.schema().inputIndices().length;
      EvaluationEngine engine =
          new EvaluationEngine(
              Runtime.getRuntime().availableProcessors(),
              EvaluationEngine.DEFAULT_BATCH_ROWS,
              ProgressListener.NONE,
              CancellationToken.ofCallingThread());
      return new RandomisationTest(Math.max(1, Math.min(5, features - 1)), seed)
          .dataRandomisation(
              List.of(choice.explainer()),
              choice.model(),
              trainer.labels(),
              trainer,
              repeats,
              explained,
              engine);
    } catch (WekaException e) {
      throw e;
    } catch (Exception e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  /**
   * The results as text, one CSV line each under a header.
   *
   * @param results the results
   * @return {@code method,test,measure,value,verdict,reason} lines
   */
  static String text(List<CheckResult> results) {
    StringBuilder text = new StringBuilder("method,test,measure,value,verdict,reason\n");
    for (CheckResult r : results) {
      text.append(
          String.format(
              Locale.ROOT,
              "%s,%s,%s,%.4f,%s,\"%s\"%n",
              r.method(),
              r.test(),
              r.measure(),
              r.value(),
              r.verdict(),
              r.reason().replace("\"", "\"\"")));
    }
    return text.toString();
  }
}
