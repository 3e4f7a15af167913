package org.glasswing.weka.knowledgeflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditProgress;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.weka.gui.AuditReports;
import weka.classifiers.AbstractClassifier;
import weka.core.OptionMetadata;
import weka.core.WekaException;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;

/**
 * Knowledge Flow step "AuditReport": receives a trained classifier ({@code batchClassifier}, with
 * its training and test sets) and writes the audit report, the same page as {@code glasswing
 * audit}, through the audit service: cross-validated on the training set (the classifier is
 * retrained on copies), with the test set's rows explained. One batch writes {@code report.html}
 * into the output directory; the folds of a cross-validation each write into {@code set-N-of-M/}.
 * Passes on a line naming the page ({@code text}).
 */
@KFStep(
    name = "AuditReport",
    category = "Glasswing",
    toolTipText = "Writes the Glasswing audit report (HTML) of a trained classifier",
    iconPath = "org/glasswing/weka/knowledgeflow/icons/AuditReport.png")
public class AuditReportStep extends ClassifierBatchStep {

  private static final long serialVersionUID = 1L;

  private String outputDirectory = "glasswing-report";
  private String planFile = "";
  private boolean openInBrowser;
  private String protectedAttributes = "";
  private String frozenAttributes = "";
  private boolean redact;

  /** Creates the step with the audit's default plan. */
  public AuditReportStep() {}

  /**
   * Where the page goes.
   *
   * @return the directory; environment variables such as {@code ${user.home}} are substituted
   */
  @OptionMetadata(
      displayName = "output directory",
      description = "The directory of report.html (created when missing).",
      displayOrder = 1)
  public String getOutputDirectory() {
    return outputDirectory;
  }

  /**
   * Sets where the page goes.
   *
   * @param directory the directory
   */
  public void setOutputDirectory(String directory) {
    this.outputDirectory = directory == null ? "" : directory;
  }

  /**
   * A saved audit plan ({@code glasswing audit --save-plan}), or empty for the default plan.
   *
   * @return the plan file
   */
  @OptionMetadata(
      displayName = "plan file",
      description =
          "A saved audit plan (JSON, as glasswing audit --save-plan writes); empty for the"
              + " default plan: every section, the catalogue's defaults.",
      displayOrder = 2)
  public String getPlanFile() {
    return planFile;
  }

  /**
   * Sets the plan file.
   *
   * @param file the file, or empty
   */
  public void setPlanFile(String file) {
    this.planFile = file == null ? "" : file;
  }

  /**
   * Whether the page opens in the system browser when written.
   *
   * @return true to open it
   */
  @OptionMetadata(
      displayName = "open in browser",
      description = "Open the page in the system browser once written (where there is one).",
      displayOrder = 3)
  public boolean getOpenInBrowser() {
    return openInBrowser;
  }

  /**
   * Sets whether the page opens in the browser.
   *
   * @param open true to open it
   */
  public void setOpenInBrowser(boolean open) {
    this.openInBrowser = open;
  }

  /**
   * The protected attributes, as {@code glasswing audit --protected} takes them.
   *
   * @return such as {@code sex,age:25,60}; empty for none
   */
  @OptionMetadata(
      displayName = "protected attributes",
      description =
          "Protected attributes, comma-separated; a numeric one with cut points (age:25,60) or at"
              + " its quartiles. The report gets a fairness section over their groups, and"
              + " counterfactuals never change them. Empty for none.",
      displayOrder = 4)
  public String getProtectedAttributes() {
    return protectedAttributes;
  }

  /**
   * Sets the protected attributes.
   *
   * @param list the attributes, or empty
   */
  public void setProtectedAttributes(String list) {
    this.protectedAttributes = list == null ? "" : list;
  }

  /**
   * The attributes counterfactuals must not change, as {@code glasswing audit --freeze} takes them.
   *
   * @return names, comma-separated; empty for none
   */
  @OptionMetadata(
      displayName = "frozen attributes",
      description = "Attributes counterfactuals must never change, comma-separated.",
      displayOrder = 5)
  public String getFrozenAttributes() {
    return frozenAttributes;
  }

  /**
   * Sets the frozen attributes.
   *
   * @param list the names, or empty
   */
  public void setFrozenAttributes(String list) {
    this.frozenAttributes = list == null ? "" : list;
  }

  /**
   * Whether other rows' values are replaced by their row numbers, as {@code glasswing audit
   * --redact} does.
   *
   * @return true to redact
   */
  @OptionMetadata(
      displayName = "redact",
      description =
          "For a report that leaves the team: other rows' values (neighbours, prototypes, values a"
              + " counterfactual takes from a training row) are replaced by their row numbers.",
      displayOrder = 6)
  public boolean getRedact() {
    return redact;
  }

  /**
   * Sets whether to redact.
   *
   * @param on true to redact
   */
  public void setRedact(boolean on) {
    this.redact = on;
  }

  @Override
  protected String stepName() {
    return "the AuditReport step";
  }

  @Override
  protected List<String> outputTypes() {
    return List.of(StepManager.CON_TEXT);
  }

  @Override
  protected void process(Batch batch) throws Exception {
    AuditPlan plan = plan();
    Path directory = Path.of(substitute(outputDirectory));
    if (batch.maxSetNum() > 1) {
      directory = directory.resolve("set-" + batch.setNum() + "-of-" + batch.maxSetNum());
    }
    AuditInputs.Builder inputs =
        AuditInputs.builder(new org.glasswing.weka.WekaModel(batch.classifier(), batch.train()))
            .training(batch.train(), batch.train().relationName())
            .learnerTemplate(AbstractClassifier.makeCopy(batch.classifier()))
            .setting("made in", "the Weka Knowledge Flow");
    if (batch.test() != null) {
      inputs.rows(batch.test(), batch.test().relationName());
    }
    AuditInputs built = build(inputs, protectedAttributes, frozenAttributes, redact);
    Path page;
    try {
      page =
          AuditReports.write(
              plan,
              built,
              directory,
              progress(),
              () -> isStopRequested() || Thread.currentThread().isInterrupted());
    } catch (CancelledException e) {
      throw new InterruptedException("stopped");
    } catch (IOException e) {
      throw new WekaException(
          "the AuditReport step cannot write " + directory + ": " + e.getMessage());
    }
    getStepManager().logBasic("Audit report written to " + page);
    if (openInBrowser && !AuditReports.open(page)) {
      getStepManager().logBasic("No system browser to open " + page);
    }
    Data out = new Data(StepManager.CON_TEXT, "report written to " + page + "\n");
    out.setPayloadElement(
        StepManager.CON_AUX_DATA_TEXT_TITLE,
        "Audit report of "
            + batch.classifier().getClass().getSimpleName()
            + " ("
            + batch.setNum()
            + " of "
            + batch.maxSetNum()
            + ")");
    getStepManager().outputData(out);
  }

  /**
   * The inputs with the protected and frozen attributes and the redaction set.
   *
   * @throws WekaException one line naming the attribute or the cut point that is wrong
   */
  static AuditInputs build(
      AuditInputs.Builder inputs, String protectedList, String frozenList, boolean redact)
      throws WekaException {
    try {
      if (!protectedList.isBlank()) {
        inputs.protectedAttributes(ProtectedAttribute.parseList(protectedList));
      }
      if (!frozenList.isBlank()) {
        inputs.frozenAttributes(
            java.util.Arrays.stream(frozenList.split(",")).map(String::strip).toList());
      }
      return inputs.redact(redact).build();
    } catch (IllegalArgumentException e) {
      throw new WekaException("the AuditReport step: " + e.getMessage());
    }
  }

  private String substitute(String text) {
    return getStepManager() == null ? text : getStepManager().environmentSubstitute(text);
  }

  private AuditPlan plan() throws WekaException {
    if (planFile.isBlank()) {
      return AuditPlan.defaults();
    }
    Path file = Path.of(substitute(planFile));
    if (!Files.isRegularFile(file)) {
      throw new WekaException("the AuditReport step's plan file " + file + " does not exist");
    }
    try {
      return AuditPlan.read(file);
    } catch (IOException | IllegalArgumentException e) {
      throw new WekaException(
          "the AuditReport step cannot read the plan file " + file + ": " + e.getMessage());
    }
  }

  private AuditProgress progress() {
    return new AuditProgress() {
      @Override
      public void step(String message) {
        getStepManager().statusMessage("Audit: " + message);
        getStepManager().logDetailed("Audit: " + message);
      }

      @Override
      public <T> T track(String label, Function<ProgressListener, T> work) {
        int[] shown = {-1};
        return work.apply(
            (fraction, message) -> {
              int percent = (int) Math.round(100 * Math.max(0, Math.min(1, fraction)));
              if (percent != shown[0]) {
                shown[0] = percent;
                getStepManager().statusMessage("Audit: " + label + " " + percent + "%");
              }
            });
      }
    };
  }
}
