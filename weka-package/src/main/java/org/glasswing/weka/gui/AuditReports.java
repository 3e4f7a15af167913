package org.glasswing.weka.gui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.glasswing.audit.Audit;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditProgress;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.report.Report;
import org.glasswing.weka.WekaModel;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Writes the audit report from inside Weka: the same page as {@code glasswing audit}, made by the
 * audit service ({@link Audit#run}) and drawn by {@link HtmlReportWriter}, written whole or not at
 * all. The Explain tab's "Audit report..." button and the Knowledge Flow's Audit Report step both
 * call this.
 */
public final class AuditReports {

  /** The page inside the report directory, named as {@code glasswing audit} names it. */
  public static final String REPORT_FILE = "report.html";

  private AuditReports() {}

  /**
   * The audit's inputs for a classifier trained in Weka on a set of rows.
   *
   * @param trained the trained classifier
   * @param learner an untrained template the retraining sections copy, or null to test the trained
   *     model as it is
   * @param training the rows it was trained on, with the class set
   * @param name how the report names the rows, such as the relation name
   * @return the inputs
   */
  public static AuditInputs inputs(
      Classifier trained, Classifier learner, Instances training, String name) {
    Objects.requireNonNull(trained, "trained");
    if (training.classIndex() < 0) {
      throw new IllegalArgumentException("the data has no class attribute; set one first");
    }
    AuditInputs.Builder inputs =
        AuditInputs.builder(new WekaModel(trained, training)).training(training, name);
    if (learner != null) {
      inputs.learnerTemplate(learner);
    }
    return inputs.setting("made in", "Weka " + weka.core.Version.VERSION).build();
  }

  /**
   * Runs the audit and writes its page into a directory, creating the directory if needed.
   *
   * @param plan what the audit does
   * @param inputs the model and the rows
   * @param directory where {@value #REPORT_FILE} goes
   * @param progress where each step is reported
   * @param cancel checked between and within steps
   * @return the written page
   * @throws IOException if the page cannot be written; an older page is then left as it was
   * @throws org.glasswing.core.engine.CancelledException if cancelled (nothing is written)
   */
  public static Path write(
      AuditPlan plan,
      AuditInputs inputs,
      Path directory,
      AuditProgress progress,
      CancellationToken cancel)
      throws IOException {
    Report report = Audit.run(plan, inputs, progress, cancel);
    cancel.throwIfCancelled();
    Files.createDirectories(directory);
    Path file = directory.resolve(REPORT_FILE);
    new HtmlReportWriter().write(report, file);
    return file;
  }

  /**
   * Opens a page in the system browser, where the platform has one.
   *
   * @param page the page
   * @return true if the browser was asked to open it, false where the platform cannot
   */
  public static boolean open(Path page) {
    if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
      return false;
    }
    try {
      Desktop.getDesktop().browse(page.toUri());
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
