package org.glasswing.weka.cli;

import org.glasswing.core.explain.Explainer;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;

/**
 * The Shapley method the audit uses for a model, the fastest one that is exact or close: TreeSHAP
 * (exact, interventional) for the tree models it reads, exact enumeration when 2^n coalitions fit
 * the budget, sampling Shapley otherwise.
 *
 * @param explainer the explainer
 * @param model the model it explains: the Weka model, or the same trees read into the core
 * @param description the method in plain words, for the report
 */
record AuditExplainer(Explainer explainer, Model model, String description) {

  /**
   * Whether the method gives exact Shapley values (and is fast enough for many rows).
   *
   * @return false for sampling Shapley
   */
  boolean isExact() {
    return !(explainer instanceof SamplingShapley);
  }

  /**
   * The model this method explains for a trained Weka model: its trees read into the core for
   * TreeSHAP, the Weka model itself otherwise. Used for models retrained by the sanity checks.
   *
   * @param trained a trained Weka model of the same kind
   * @return the model to explain
   */
  Model modelFor(WekaModel trained) {
    return explainer instanceof TreeShap
        ? WekaTreeReader.read(trained.classifier(), trained.schema())
        : trained;
  }

  /**
   * Chooses the method.
   *
   * @param model the trained Weka model
   * @param background the background rows
   * @param budget the most coalitions per row for a model-agnostic method
   * @param seed the seed of sampling Shapley
   * @return the choice
   */
  static AuditExplainer choose(WekaModel model, Background background, int budget, long seed) {
    int players = model.schema().inputIndices().length;
    String rows = background.size() + " background rows";
    if (WekaTreeReader.isSupported(model.classifier())) {
      TreeShap treeShap = TreeShap.interventional(background);
      return new AuditExplainer(
          treeShap,
          WekaTreeReader.read(model.classifier(), model.schema()),
          "Shapley values, exact (TreeSHAP, interventional, " + rows + ")");
    }
    if (players <= ExactShapley.MAX_FEATURES && (1L << players) <= budget) {
      return new AuditExplainer(
          new ExactShapley(background),
          model,
          "Shapley values, exact (all " + (1L << players) + " coalitions, " + rows + ")");
    }
    int used = Math.max(budget, SamplingShapley.minimumBudget(players));
    return new AuditExplainer(
        new SamplingShapley(background, used, seed),
        model,
        "Shapley values, estimated (sampling Shapley, "
            + used
            + " coalitions per row, "
            + rows
            + ")");
  }
}
