package org.glasswing.knime.audit;

import java.util.function.Function;
import org.glasswing.audit.Audit;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditProgress;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.report.Report;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import weka.core.Instances;

/**
 * One running audit of an Audit Report loop: the audit service ({@link Audit#run}) works on its own
 * thread on the audited table, with the loop's predictor as its trained model ({@link
 * KnimePredictor}); the loop answers its requests through the {@link PredictionBridge}. The audit
 * gets the table as its training rows (named by the table), and the learner, when given, for the
 * sections that retrain.
 */
final class AuditSession {

  private final AuditTable table;
  private final PredictionBridge bridge = new PredictionBridge();
  private final KnimePredictor predictor;
  private final Thread thread;
  private volatile Report report;
  private volatile Throwable failure;
  private volatile double progress;

  /**
   * Starts the audit.
   *
   * @param plan what the audit does
   * @param table the audited rows
   * @param learner a Weka classifier spec, or empty
   * @param name how the report names the rows
   * @param sharing sets the protected and frozen attributes and the redaction
   * @throws InvalidSettingsException in one line, if a protected or frozen attribute is not a
   *     column of the table
   */
  AuditSession(
      AuditPlan plan,
      AuditTable table,
      String learner,
      String name,
      java.util.function.Consumer<AuditInputs.Builder> sharing)
      throws InvalidSettingsException {
    this.table = table;
    Instances rows = table.instances();
    this.predictor = new KnimePredictor(bridge, rows);
    AuditInputs.Builder inputs =
        AuditInputs.builder(new WekaModel(predictor, rows))
            .training(rows, name)
            .setting("made in", "KNIME (Audit Report loop)")
            .setting("model", "the KNIME predictor inside the loop");
    if (!learner.isEmpty()) {
      inputs.learnerSpec(learner).setting("learner (retraining sections)", learner);
    }
    sharing.accept(inputs);
    AuditInputs built;
    try {
      built = inputs.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    this.thread =
        new Thread(
            () -> {
              try {
                report = Audit.run(plan, built, listener(), bridge.token());
              } catch (Throwable e) {
                failure = e;
              } finally {
                predictor.release();
                bridge.finish();
              }
            },
            "glasswing-audit");
    thread.setDaemon(true);
    thread.start();
  }

  private AuditProgress listener() {
    return new AuditProgress() {
      @Override
      public void step(String message) {
        bridge.step(message);
      }

      @Override
      public <T> T track(String label, Function<ProgressListener, T> work) {
        return work.apply((fraction, message) -> progress = fraction);
      }
    };
  }

  /**
   * @return the bridge the loop answers
   */
  PredictionBridge bridge() {
    return bridge;
  }

  /**
   * @return the audited table
   */
  AuditTable table() {
    return table;
  }

  /**
   * The share of the running step done.
   *
   * @return a fraction in [0, 1]
   */
  double progress() {
    return Math.max(0, Math.min(1, progress));
  }

  /**
   * The finished report.
   *
   * @return the report
   * @throws CanceledExecutionException if the audit was cancelled
   * @throws InvalidSettingsException in one line, if the audit refused its input
   * @throws Exception the audit's own failure otherwise
   * @throws IllegalStateException if the audit has not ended
   */
  Report report() throws Exception {
    if (!bridge.isFinished()) {
      throw new IllegalStateException("the audit is still running");
    }
    Throwable t = failure;
    if (bridge.token().isCancelled() || t instanceof CancelledException) {
      throw new CanceledExecutionException("the audit was cancelled");
    }
    if (t instanceof UserInputException || t instanceof IllegalArgumentException) {
      throw new InvalidSettingsException(
          "the audit stopped: " + SettingsCheck.oneLine(t.getMessage()), t);
    }
    if (t instanceof Exception e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return report;
  }

  /** Cancels the audit and waits briefly for its thread to end. */
  void cancel() {
    bridge.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
