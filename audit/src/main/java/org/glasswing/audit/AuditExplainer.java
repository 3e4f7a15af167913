package org.glasswing.audit;

import org.glasswing.core.explain.Explainer;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplainerChoice;
import org.glasswing.weka.tree.WekaTreeReader;

/**
 * The Shapley method the audit uses for a model: by default the catalogue's {@code auto} choice, as
 * every face makes it ({@link MethodCatalogue#auto}): TreeSHAP (exact, interventional) for the tree
 * models it reads, exact Shapley values up to {@value MethodCatalogue#AUTO_EXACT_MAX_FEATURES}
 * attributes, KernelSHAP otherwise.
 *
 * @param explainer the explainer
 * @param model the model it explains: the Weka model, or the same trees read into the core
 * @param description the method in plain words, for the report
 */
public record AuditExplainer(Explainer explainer, Model model, String description) {

  /** Chooses the method for a model; the command line and the other faces share this one. */
  @FunctionalInterface
  public interface Chooser {
    /**
     * Chooses the method.
     *
     * @param method the plan's method name: {@code auto} or a Shapley method
     * @param model the trained Weka model
     * @param background the background rows
     * @param budget the most coalitions per row for a model-agnostic method
     * @param seed the seed of the sampled coalitions
     * @return the choice
     */
    AuditExplainer choose(
        String method, WekaModel model, Background background, int budget, long seed);
  }

  /** The choice every Weka plug-in makes. */
  public static final Chooser STANDARD = AuditExplainer::choose;

  /**
   * Chooses the method.
   *
   * @param method the method's name: {@code auto} or a Shapley method
   * @param model the trained Weka model
   * @param background the background rows
   * @param budget the coalitions per row of an estimating method; 0 for the catalogue's default
   * @param seed the seed of the sampled coalitions
   * @return the choice
   */
  public static AuditExplainer choose(
      String method, WekaModel model, Background background, int budget, long seed) {
    CatalogueSchemeOptions options = new CatalogueSchemeOptions();
    options.setMethod(method);
    options.setSeed(seed);
    if (options.resolve(model).parameter(Parameters.BUDGET.name()).isPresent()) {
      options.setBudget(budget);
    }
    ExplainerChoice choice = options.choose(model, background.rows(), background);
    return new AuditExplainer(
        choice.explainer(), choice.model(), "Shapley values: " + choice.description());
  }

  /**
   * Whether the method gives exact Shapley values (and is fast enough for many rows).
   *
   * @return false for the estimators
   */
  public boolean isExact() {
    return !(explainer instanceof SamplingShapley || explainer instanceof KernelShap);
  }

  /**
   * The model this method explains for a trained Weka model: its trees read into the core for
   * TreeSHAP, the Weka model itself otherwise. Used for models retrained by the sanity checks.
   *
   * @param trained a trained Weka model of the same kind
   * @return the model to explain
   */
  public Model modelFor(WekaModel trained) {
    return explainer instanceof TreeShap
        ? WekaTreeReader.read(trained.classifier(), trained.schema())
        : trained;
  }
}
