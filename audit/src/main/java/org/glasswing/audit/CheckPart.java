package org.glasswing.audit;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.shapley.Background;
import org.glasswing.report.OutputKind;

/**
 * The audit's checks of its explanation method: the sanity checks (which retrain on shuffled
 * labels, and so need a learner) and the deletion curves.
 */
final class CheckPart {

  private final AuditRun run;
  private final AuditExplainer method;
  private final AuditExplainer.Chooser chooser;
  private final Background background;
  private final Dataset checked;
  private final OutputKind kind;

  CheckPart(
      AuditRun run,
      AuditExplainer method,
      AuditExplainer.Chooser chooser,
      Background background,
      Dataset data,
      OutputKind kind) {
    this.run = run;
    this.method = method;
    this.chooser = chooser;
    this.background = background;
    this.checked =
        data.select(AuditSupport.sample(data.numRows(), AuditChecks.CHECKED_ROWS, run.seed()));
    this.kind = kind;
  }

  /** Adds the sections to the run. */
  void run() {
    long seed = run.seed();
    AuditInputs inputs = run.inputs();
    AuditPlan plan = run.plan();
    if (run.wants(AuditSection.SANITY_CHECKS, "sanity checks")) {
      run.add(
          run.timed(
              "sanity checks",
              "data randomisation test",
              () ->
                  run.withParts(
                      "randomising",
                      AuditChecks.SANITY_PARTS,
                      engines ->
                          AuditChecks.sanity(
                              method,
                              s ->
                                  chooser
                                      .choose(
                                          plan.method(),
                                          inputs.model(),
                                          background,
                                          plan.budget(),
                                          s)
                                      .explainer(),
                              inputs.model(),
                              background,
                              inputs.training(),
                              inputs.newLearner(),
                              checked,
                              seed,
                              engines))));
    }
    if (run.wants(AuditSection.DELETION_CURVES, "deletion curves")) {
      run.add(
          run.timed(
              "faithfulness",
              "deletion curves",
              () ->
                  run.withParts(
                      "deleting",
                      AuditChecks.DELETION_PARTS,
                      engines ->
                          AuditChecks.faithfulness(
                              method,
                              background,
                              checked,
                              kind == OutputKind.CLASS_PROBABILITY
                                  ? "predicted probability of the predicted class"
                                  : "predicted value",
                              seed,
                              engines))));
    }
  }
}
