package org.glasswing.audit;

import org.glasswing.report.ReportSection;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaValidation;
import weka.core.Instances;

/**
 * The audit's validation sections: performance on rows the model did not learn from (held-out folds
 * of the learner, or the trained model tested as it is), calibration, per-row uncertainty and
 * conformal prediction sets.
 */
final class ValidationPart {

  private final AuditRun run;
  private final String described;

  ValidationPart(AuditRun run, String described) {
    this.run = run;
    this.described = described;
  }

  /** Adds the sections to the run. */
  void run() {
    AuditInputs inputs = run.inputs();
    boolean retrain = inputs.hasLearner();
    Instances train = inputs.training();
    Instances evaluated = retrain ? train : inputs.rows();
    int folds = Math.min(run.plan().folds(), evaluated.numInstances());
    long seed = run.seed();
    String validation =
        retrain
            ? folds + "-fold cross-validation (seed " + seed + ")"
            : "the trained model tested on "
                + inputs.rowsName()
                + (inputs.hasSeparateRows()
                    ? " (no retraining)"
                    : " (no retraining; these are its training rows, so the figures are"
                        + " optimistic)");
    CrossValidatedPredictions predictions =
        run.timed(
            "validation",
            retrain ? validation : "testing the trained model on " + inputs.rowsName(),
            () ->
                retrain
                    ? run.tracked(
                        "cross-validating",
                        progress ->
                            CrossValidatedPredictions.crossValidate(
                                inputs.newLearner(), train, folds, seed, progress, run.cancel()))
                    : CrossValidatedPredictions.ofTrained(inputs.model().classifier(), evaluated));
    if (run.wants(AuditSection.PERFORMANCE, "performance")) {
      run.add(WekaValidation.section(predictions, evaluated, described, validation));
    }
    if (!predictions.isNominal()) {
      return;
    }
    if (run.wants(AuditSection.CALIBRATION, "calibration")) {
      run.add(UncertaintyViews.calibration(predictions, validation, run.plan()));
    }
    if (run.wants(AuditSection.PREDICTION_UNCERTAINTY, "prediction uncertainty")) {
      run.add(uncertainty(predictions, validation));
    }
    if (run.wants(AuditSection.CONFORMAL, "conformal prediction sets")) {
      try {
        run.add(
            run.timed(
                "conformal",
                "conformal prediction sets (" + folds + " folds)",
                () ->
                    run.tracked(
                        "conformal",
                        progress ->
                            UncertaintyViews.conformal(
                                inputs::newLearner,
                                train,
                                folds,
                                run.plan(),
                                progress,
                                run.cancel()))));
      } catch (IllegalArgumentException e) {
        // Too little data to calibrate is a fact about the data, not a failure of the audit.
        run.note("conformal prediction sets", "not shown: " + e.getMessage());
      }
    }
    FairnessPart.run(run, predictions, evaluated, validation);
  }

  private ReportSection uncertainty(CrossValidatedPredictions predictions, String validation) {
    AuditInputs inputs = run.inputs();
    boolean dataIsTrain = !inputs.hasSeparateRows();
    WekaModel model = inputs.model();
    Instances rows = inputs.rows();
    double[][] probabilities =
        dataIsTrain ? outOfFold(predictions) : model.predict(WekaData.dataset(rows).rows());
    return run.timed(
        "prediction uncertainty",
        "uncertainty of every row",
        () ->
            run.tracked(
                "uncertainty",
                progress ->
                    UncertaintyViews.predictionUncertainty(
                        probabilities,
                        dataIsTrain
                            ? "out-of-fold predictions of the " + validation
                            : "the classifier trained on all training rows",
                        rows,
                        row -> row + 1,
                        inputs.training(),
                        dataIsTrain,
                        inputs.newLearner(),
                        run.seed(),
                        progress,
                        run.cancel())));
  }

  private static double[][] outOfFold(CrossValidatedPredictions predictions) {
    double[][] rows = new double[predictions.numRows()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = predictions.distribution(r);
    }
    return rows;
  }
}
