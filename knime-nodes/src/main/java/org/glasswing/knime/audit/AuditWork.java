package org.glasswing.knime.audit;

import java.util.function.Function;
import org.glasswing.audit.Audit;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditProgress;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.knime.bridge.BridgedWork;
import org.glasswing.knime.bridge.PredictionBridge;
import org.glasswing.report.Report;
import org.glasswing.weka.WekaModel;
import weka.core.Instances;

/**
 * The Audit Report loop's computation: the audit service ({@link Audit#run}) on the audited table,
 * with the loop's predictor as its trained model ({@link KnimePredictor}); the table is the audit's
 * training rows (named by the table), and the learner, when given, serves the sections that
 * retrain.
 */
final class AuditWork {

  private AuditWork() {}

  /**
   * The computation.
   *
   * @param plan what the audit does
   * @param table the audited rows
   * @param learner a Weka classifier spec (checked by {@link AuditSettings#checkLearner}), or empty
   * @return the work
   */
  static BridgedWork<Report> of(AuditPlan plan, AuditTable table, String learner) {
    Instances rows = table.instances();
    return bridge -> {
      KnimePredictor predictor = new KnimePredictor(bridge, rows);
      try {
        AuditInputs.Builder inputs =
            AuditInputs.builder(new WekaModel(predictor, rows))
                .training(rows, "the audited table")
                .setting("made in", "KNIME (Audit Report loop)")
                .setting("model", "the KNIME predictor inside the loop");
        if (!learner.isEmpty()) {
          inputs.learnerSpec(learner).setting("learner (retraining sections)", learner);
        }
        return Audit.run(plan, inputs.build(), progress(bridge), bridge.token());
      } finally {
        predictor.release();
      }
    };
  }

  private static AuditProgress progress(PredictionBridge bridge) {
    return new AuditProgress() {
      @Override
      public void step(String message) {
        bridge.step(message);
      }

      @Override
      public <T> T track(String label, Function<ProgressListener, T> work) {
        return work.apply((fraction, message) -> bridge.progress(fraction));
      }
    };
  }
}
