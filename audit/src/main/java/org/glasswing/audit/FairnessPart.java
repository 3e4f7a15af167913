package org.glasswing.audit;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.fairness.FairnessAudit;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.core.fairness.ProtectedGroups;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.report.FairnessSection;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.WekaData;
import weka.core.Instances;

/**
 * The audit's fairness section: for each protected attribute of the inputs, the core {@link
 * FairnessAudit} of the audit's own out-of-sample predictions, with the catalogue's defaults of
 * {@code glasswing fairness} (first class favourable, its bootstrap resamples, level and bins, LAC
 * sets cross-fitted on the predictions at the plan's miss rate), so that both give the same figures
 * for the same folds and seed.
 */
final class FairnessPart {

  private static final MethodSpec FAIRNESS =
      MethodCatalogue.standard().find(Family.FAIRNESS, "fairness");

  private FairnessPart() {}

  /**
   * Adds the section when the inputs name protected attributes and the plan holds it.
   *
   * @param run the audit
   * @param predictions the out-of-sample predictions, one per row of {@code rows}
   * @param rows the rows predicted, in their order
   * @param validation how the predictions were made, for the report
   */
  static void run(
      AuditRun run, CrossValidatedPredictions predictions, Instances rows, String validation) {
    List<ProtectedAttribute> attributes = run.inputs().protectedAttributes();
    if (attributes.isEmpty()) {
      run.note("fairness", "not run: no protected attributes named (--protected)");
      return;
    }
    if (!run.wants(AuditSection.FAIRNESS, "fairness")) {
      return;
    }
    run.add(
        run.timed(
            "fairness",
            "fairness across the groups of " + attributes.size() + " protected attributes",
            () -> section(run, predictions, rows, attributes, validation)));
  }

  private static FairnessSection section(
      AuditRun run,
      CrossValidatedPredictions predictions,
      Instances rows,
      List<ProtectedAttribute> attributes,
      String validation) {
    Dataset data = WekaData.dataset(rows);
    ClassPredictions known = predictions.classPredictions();
    int[] withClass = predictions.rowsWithClass();
    AuditPlan plan = run.plan();
    double alpha = plan.alpha();
    List<PredictionSet> sets =
        CrossFitting.predictionSets(
            known,
            SplitConformalClassifier.Settings.of(alpha, ConformalScore.LAC, false),
            Math.min(plan.folds(), known.size()),
            plan.seed());
    FairnessAudit audit =
        new FairnessAudit(
            known,
            sets,
            alpha,
            new FairnessAudit.Settings(
                0,
                integer("bins"),
                integer("replicates"),
                Double.parseDouble(FAIRNESS.parameter("level").orElseThrow().defaultValue()),
                plan.seed()));
    List<FairnessResult> results = new ArrayList<>();
    return run.tracked(
        "fairness",
        progress -> {
          for (int a = 0; a < attributes.size(); a++) {
            ProtectedGroups groups = attributes.get(a).groups(data).select(withClass);
            results.add(audit.audit(groups, run.cancel()));
            progress.progress((a + 1.0) / attributes.size(), attributes.get(a).name());
          }
          return new FairnessSection(validation, results);
        });
  }

  private static int integer(String name) {
    return Integer.parseInt(FAIRNESS.parameter(name).orElseThrow().defaultValue());
  }
}
