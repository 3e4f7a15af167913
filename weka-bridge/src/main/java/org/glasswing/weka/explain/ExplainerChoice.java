package org.glasswing.weka.explain;

import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.model.Model;

/**
 * A chosen explainer with the model it explains (the Weka classifier itself, or its trees read into
 * the core for TreeSHAP), run on Weka's terms: interrupting the calling thread stops the work with
 * an {@link InterruptedException}, as Weka's Stop button and cooperative schemes expect.
 *
 * @param explainer the explainer
 * @param model the model it explains
 * @param description the method and its settings in plain words
 */
public record ExplainerChoice(Explainer explainer, Model model, String description) {

  /**
   * Checks the parts are given.
   *
   * @param explainer the explainer
   * @param model the model it explains
   * @param description the method in plain words
   */
  public ExplainerChoice {
    Objects.requireNonNull(explainer, "explainer");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(description, "description");
  }

  /**
   * Explains rows.
   *
   * @param rows the rows, following the model's schema (class column included)
   * @param targets which class to explain
   * @param threads worker threads; 0 for one per available core
   * @param progress receives progress reports
   * @return the explanations, grouped by row in row order
   * @throws InterruptedException if the calling thread was interrupted
   * @throws IllegalArgumentException if the rows or targets do not suit the model
   */
  public List<Explanation> explain(
      Dataset rows, TargetSelection targets, int threads, ProgressListener progress)
      throws InterruptedException {
    Parameters.THREADS.check(Integer.toString(threads), WekaMethodNames.SPELLING);
    int used = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    CancellationToken cancelled = CancellationToken.ofCallingThread();
    EvaluationEngine engine =
        new EvaluationEngine(used, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
    try {
      return explainer.explain(model, rows, targets, engine);
    } catch (CancelledException e) {
      throw new InterruptedException("the explanation was stopped");
    }
  }
}
