package org.glasswing.weka.knowledgeflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.weka.gui.CatalogueResults;
import weka.core.OptionMetadata;
import weka.core.WekaException;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;

/**
 * Knowledge Flow step "CatalogueMethod": runs one of the catalogue methods the Explain tab's
 * Catalogue view shows (global views, sanity checks, uncertainty, examples and counterfactuals,
 * fairness) on a trained classifier and its training set ({@code batchClassifier}), and passes the
 * result on as text (comma-separated lines, the command line's columns where it prints CSV), the
 * same numbers the view shows.
 */
@KFStep(
    name = "CatalogueMethod",
    category = "Glasswing",
    toolTipText =
        "Runs a Glasswing catalogue method (global views, sanity checks, uncertainty, examples,"
            + " counterfactuals, fairness) on a trained classifier",
    iconPath = "org/glasswing/weka/knowledgeflow/icons/CatalogueMethod.png")
public class CatalogueMethodStep extends ClassifierBatchStep {

  private static final long serialVersionUID = 1L;

  private String method = "surrogate";
  private String settings = "";
  private int instance = 1;

  /** Creates the step: the surrogate tree with the catalogue's defaults. */
  public CatalogueMethodStep() {}

  /**
   * The method's name.
   *
   * @return such as {@code surrogate}
   */
  @OptionMetadata(
      displayName = "method",
      description =
          "A method of the Explain tab's Catalogue view, by the catalogue's name: permutation,"
              + " loco, profile, interactions, surrogate; data-randomization,"
              + " parameter-randomization, stability, infidelity, max-sensitivity, faithfulness,"
              + " agreement; calibration, conformal, ood; examples, prototypes, counterfactual,"
              + " influence, map; fairness.",
      displayOrder = 1)
  public String getMethod() {
    return method;
  }

  /**
   * Sets the method.
   *
   * @param method its name
   */
  public void setMethod(String method) {
    this.method = method == null ? "" : method.strip();
  }

  /**
   * Changed settings as {@code name=value} pairs separated by semicolons (a value may hold commas,
   * as in {@code method=kernel-shap,lime}).
   *
   * @return such as {@code max-depth=3;holdout=0.2}
   */
  @OptionMetadata(
      displayName = "settings",
      description =
          "Settings that differ from the catalogue's defaults, as name=value separated by ';'"
              + " (see glasswing methods for each method's settings and defaults).",
      displayOrder = 2)
  public String getSettings() {
    return settings;
  }

  /**
   * Sets the changed settings.
   *
   * @param settings {@code name=value} pairs
   */
  public void setSettings(String settings) {
    this.settings = settings == null ? "" : settings;
  }

  /**
   * The instance (from 1) that examples, counterfactual, influence, conformal and ood look at.
   *
   * @return the instance number
   */
  @OptionMetadata(
      displayName = "instance",
      description = "The training instance (from 1) the per-instance methods look at.",
      displayOrder = 3)
  public int getInstance() {
    return instance;
  }

  /**
   * Sets the instance.
   *
   * @param instance from 1
   */
  public void setInstance(int instance) {
    this.instance = instance;
  }

  @Override
  protected String stepName() {
    return "the CatalogueMethod step";
  }

  @Override
  protected List<String> outputTypes() {
    return List.of(StepManager.CON_TEXT);
  }

  /** The settings as a map; a pair without '=' is an error naming it. */
  static Map<String, String> parse(String text) throws WekaException {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : text.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new WekaException(
            "the CatalogueMethod step's settings: '" + pair.strip() + "' is not name=value");
      }
      pairs.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return pairs;
  }

  @Override
  protected void process(Batch batch) throws Exception {
    String text;
    try {
      text =
          CatalogueResults.text(
              method,
              parse(settings),
              batch.classifier(),
              batch.train(),
              instance,
              ProgressListener.NONE,
              () -> isStopRequested() || Thread.currentThread().isInterrupted());
    } catch (CancelledException e) {
      throw new InterruptedException("stopped");
    } catch (IllegalArgumentException e) {
      throw new WekaException("the CatalogueMethod step: " + e.getMessage());
    }
    Data out = new Data(StepManager.CON_TEXT, text);
    out.setPayloadElement(
        StepManager.CON_AUX_DATA_TEXT_TITLE,
        method + " of " + batch.classifier().getClass().getSimpleName());
    getStepManager().outputData(out);
  }
}
