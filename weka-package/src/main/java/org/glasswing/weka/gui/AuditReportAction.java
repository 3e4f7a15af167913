package org.glasswing.weka.gui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditProgress;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.ProgressListener;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.gui.Logger;
import weka.gui.TaskLogger;

/**
 * The Explain tab's "Audit report..." button: asks for a directory, then trains the classifier if
 * needed and writes the audit report ({@link AuditReports}) in a background thread, with each step
 * in the status bar and the log; Stop interrupts it. The page opens in the system browser where
 * there is one; a failure shows a dialog with one sentence, and the log holds the detail.
 */
final class AuditReportAction {

  private final Component owner;
  private final Supplier<Logger> logs;
  private final Runnable changed;
  private Thread worker;

  AuditReportAction(Component owner, Supplier<Logger> logs, Runnable changed) {
    this.owner = owner;
    this.logs = logs;
    this.changed = changed;
  }

  /** Whether a report is being written. */
  synchronized boolean running() {
    return worker != null;
  }

  /** Interrupts the report being written, if any. */
  synchronized void stop() {
    if (worker != null) {
      worker.interrupt();
      logs.get().statusMessage("Stopping the audit...");
    }
  }

  /**
   * Asks where the report goes, then starts writing it.
   *
   * @param subject the classifier and data
   */
  void choose(ExplainSubject subject) {
    JFileChooser chooser = new JFileChooser(new File(System.getProperty("user.dir")));
    chooser.setDialogTitle("Directory of the audit report (" + AuditReports.REPORT_FILE + ")");
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setSelectedFile(new File(System.getProperty("user.dir"), "glasswing-report"));
    if (chooser.showSaveDialog(owner) == JFileChooser.APPROVE_OPTION) {
      start(subject, chooser.getSelectedFile().toPath(), true);
    }
  }

  /**
   * Starts writing the report in a background thread.
   *
   * @param subject the classifier and data
   * @param directory where the page goes
   * @param open whether to open it in the browser when done
   */
  synchronized void start(ExplainSubject subject, Path directory, boolean open) {
    if (worker != null) {
      return;
    }
    worker = new Thread(() -> run(subject, directory, open), "Glasswing audit report");
    worker.setPriority(Thread.MIN_PRIORITY);
    worker.start();
    changed.run();
  }

  private void run(ExplainSubject subject, Path directory, boolean open) {
    Logger log = logs.get();
    if (log instanceof TaskLogger tasks) {
      tasks.taskStarted();
    }
    try {
      Classifier model = subject.classifier();
      Classifier learner = AbstractClassifier.makeCopy(subject.classifier());
      if (!subject.trained()) {
        log.statusMessage("Audit: training " + subject.name() + "...");
        model = AbstractClassifier.makeCopy(subject.classifier());
        model.buildClassifier(new Instances(subject.data()));
      }
      AuditInputs inputs =
          AuditReports.inputs(model, learner, subject.data(), subject.data().relationName());
      Path page =
          AuditReports.write(
              AuditPlan.defaults(),
              inputs,
              directory,
              progress(log),
              CancellationToken.ofCallingThread());
      log.logMessage("Audit report of " + subject.name() + " written to " + page);
      log.statusMessage("Audit report written to " + page);
      if (open && !AuditReports.open(page)) {
        log.logMessage("No system browser to open " + page + "; open it by hand");
      }
    } catch (CancelledException | InterruptedException e) {
      log.logMessage("Audit report of " + subject.name() + " stopped; nothing was written");
      log.statusMessage("Audit stopped");
    } catch (Exception e) {
      if (Thread.currentThread().isInterrupted()) {
        log.statusMessage("Audit stopped");
      } else {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        log.logMessage("Audit report failed: " + e);
        log.statusMessage("Audit report failed; see the log");
        SwingUtilities.invokeLater(
            () ->
                JOptionPane.showMessageDialog(
                    owner,
                    "The audit report could not be written: " + message,
                    "Audit report",
                    JOptionPane.ERROR_MESSAGE));
      }
    } finally {
      if (log instanceof TaskLogger tasks) {
        tasks.taskFinished();
      }
      synchronized (this) {
        worker = null;
      }
      SwingUtilities.invokeLater(changed);
    }
  }

  private static AuditProgress progress(Logger log) {
    return new AuditProgress() {
      @Override
      public void step(String message) {
        log.statusMessage("Audit: " + message);
        log.logMessage("Audit: " + message);
      }

      @Override
      public <T> T track(String label, Function<ProgressListener, T> work) {
        return work.apply(new StatusProgress(log, "Audit: " + label));
      }
    };
  }
}
