package org.glasswing.weka.gui;

import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.glasswing.core.engine.CancelledException;
import weka.gui.Logger;

/**
 * Computes one view off the Swing thread and shows it on it: "Computing..." first, then the view,
 * or, when it does not apply (such as the reliability of a numeric class), why not in its place,
 * with the detail in the log. Stop (an interrupt) ends the whole run.
 */
final class ViewStage {

  /** One computation of a view. */
  @FunctionalInterface
  interface Computation<T> {
    T compute() throws Exception;
  }

  private ViewStage() {}

  /**
   * Computes and shows a view.
   *
   * @param log where a failure's detail goes
   * @param area where the view goes
   * @param computation computes it, on the calling thread
   * @param show shows it, on the Swing thread
   * @param <T> what the computation gives
   * @throws InterruptedException if stopped
   */
  static <T> void run(Logger log, JPanel area, Computation<T> computation, Consumer<T> show)
      throws InterruptedException {
    SwingUtilities.invokeLater(() -> ChartAreas.showMessage(area, "Computing..."));
    try {
      T value = computation.compute();
      SwingUtilities.invokeLater(() -> show.accept(value));
    } catch (CancelledException e) {
      throw e;
    } catch (Exception e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("stopped");
      }
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      log.logMessage("Explain tab: " + e);
      SwingUtilities.invokeLater(() -> ChartAreas.showMessage(area, "Not shown: " + message));
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("stopped");
    }
  }
}
