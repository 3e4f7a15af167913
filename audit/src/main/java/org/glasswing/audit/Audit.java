package org.glasswing.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.gradient.Baseline;
import org.glasswing.core.gradient.IntegratedGradients;
import org.glasswing.report.DatasetSummarySection;
import org.glasswing.report.HeatmapSection;
import org.glasswing.report.Report;
import org.glasswing.weka.RowRange;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaValidation;
import weka.core.Instances;

/**
 * The audit as a service: one report about a dataset and a classifier (the data, the validated
 * performance, calibration and uncertainty, which attributes matter overall, why a few rows got
 * their prediction, and checks of the explanations), made from an {@link AuditPlan} and {@link
 * AuditInputs}. The command line, the Weka Explorer and KNIME all call this; {@link
 * org.glasswing.report.HtmlReportWriter} draws the result.
 *
 * <p>The sections that retrain the classifier (cross-validation, prediction uncertainty, conformal
 * sets, permutation importance on folds, the data randomisation test) run only when the inputs have
 * a learner; otherwise the report lists them as not run and tests the trained model as it is.
 */
public final class Audit {

  /** Rows explained for the global importance by an exact method, when the plan says 0. */
  public static final int FAST_IMPORTANCE_ROWS = 500;

  /** Rows explained for the global importance by an estimating method, when the plan says 0. */
  public static final int SAMPLED_IMPORTANCE_ROWS = 200;

  /** How many rows get a local explanation by default. */
  public static final int DEFAULT_LOCAL_ROWS = 3;

  /** The default rows of a plan: the first {@value #DEFAULT_LOCAL_ROWS}, cut to the data. */
  public static final String DEFAULT_ROWS = "1-" + DEFAULT_LOCAL_ROWS;

  private final AuditExplainer.Chooser chooser;

  /**
   * An audit whose explanation method is chosen by a given rule.
   *
   * @param chooser chooses the Shapley method for the model
   */
  public Audit(AuditExplainer.Chooser chooser) {
    this.chooser = Objects.requireNonNull(chooser, "chooser");
  }

  /**
   * Runs an audit with the standard choice of method, silently, on the calling thread.
   *
   * @param plan what to do
   * @param inputs the model and the data
   * @return the report
   */
  public static Report run(AuditPlan plan, AuditInputs inputs) {
    return run(plan, inputs, AuditProgress.SILENT, CancellationToken.ofCallingThread());
  }

  /**
   * Runs an audit with the standard choice of method.
   *
   * @param plan what to do
   * @param inputs the model and the data
   * @param progress where to report each step
   * @param cancel checked between and within steps
   * @return the report
   * @throws IllegalArgumentException if the plan does not fit the data (rows out of range)
   * @throws org.glasswing.core.engine.CancelledException if cancelled
   */
  public static Report run(
      AuditPlan plan, AuditInputs inputs, AuditProgress progress, CancellationToken cancel) {
    return new Audit(AuditExplainer.STANDARD).report(plan, inputs, progress, cancel);
  }

  /**
   * Runs an audit.
   *
   * @param plan what to do
   * @param inputs the model and the data
   * @param progress where to report each step
   * @param cancel checked between and within steps
   * @return the report
   */
  public Report report(
      AuditPlan plan, AuditInputs inputs, AuditProgress progress, CancellationToken cancel) {
    AuditRun run = new AuditRun(plan, inputs, progress, cancel);
    Instances rows = inputs.rows();
    int[] localRows =
        plan.rows().equals(DEFAULT_ROWS)
            ? RowRange.firstRows(DEFAULT_LOCAL_ROWS, rows.numInstances())
            : RowRange.parse(plan.rows(), rows.numInstances());
    String described = WekaValidation.describe(inputs.model().classifier());
    Instances train = inputs.training();
    String summaryName = train != null ? train.relationName() : inputs.rowsName();
    Dataset summarised = WekaData.dataset(train != null ? train : rows);
    if (inputs.image() != null) {
      run.note(
          "data summary",
          "not shown: one column per pixel (" + inputs.image().shape() + ") says little");
    } else if (run.wants(AuditSection.DATASET, "data summary")) {
      run.add(
          new DatasetSummarySection(
              summarised, summaryName, org.glasswing.core.data.StrongCorrelations.of(summarised)));
    }
    new ValidationPart(run, described).run();
    Map<String, String> settings;
    if (inputs.image() != null) {
      images(run, localRows);
      settings = imageSettings(run, described);
    } else {
      settings = new TabularAudit(run, chooser, localRows).run(described);
    }
    return run.report(
        settings, described + " on " + summaryName, Provenance.of(inputs, plan, described));
  }

  private static void images(AuditRun run, int[] localRows) {
    AuditInputs.ImageNetwork network = run.inputs().image();
    if (run.wants(AuditSection.HEATMAPS, "heat maps")) {
      Dataset images = WekaData.dataset(run.inputs().rows()).select(localRows);
      int steps = run.plan().imageSteps();
      List<Explanation> maps =
          run.timed(
              "heatmaps",
              "integrated gradients for " + localRows.length + " images",
              () ->
                  run.withEngine(
                      "explaining",
                      engine ->
                          new IntegratedGradients(steps, Baseline.zeros())
                              .explain(
                                  network.model(), images, TargetSelection.predicted(), engine)));
      run.add(new HeatmapSection(maps, network.shape(), row -> localRows[row] + 1));
    }
    run.note(
        "tabular views",
        "not shown for an image network: Shapley values, LIME, profiles, surrogate trees and"
            + " counterfactuals per pixel say little; see glasswing explain --method"
            + " grad-cam|smoothgrad and glasswing sanity --test parameter-randomization");
  }

  private static Map<String, String> imageSettings(AuditRun run, String described) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("classifier", described);
    settings.put("data", run.inputs().rowsName());
    settings.put(
        "explanation method",
        "Integrated Gradients, " + run.plan().imageSteps() + " steps, black (all-zero) baseline");
    settings.put("cross-validation folds", Integer.toString(run.plan().folds()));
    settings.put("seed", Long.toString(run.seed()));
    settings.put("threads", Integer.toString(run.threads()));
    return settings;
  }
}
