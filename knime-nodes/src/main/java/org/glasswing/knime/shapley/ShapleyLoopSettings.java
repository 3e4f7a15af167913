package org.glasswing.knime.shapley;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.DataKind;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.loop.ExplainerSettings;

/**
 * The settings of the Shapley Explainer Loop Start: the catalogue's settings of the Shapley methods
 * a black-box face can offer (kernel-shap, the default, then exact-shapley and sampling-shapley;
 * tree-shap needs the model's trees, which a KNIME predictor does not show), and the loop's own
 * chunking.
 */
final class ShapleyLoopSettings {

  /**
   * A workflow saved before the background was sampled used every row of the background table; it
   * still does (background-size 0), so that its numbers do not change.
   */
  static final Map<String, String> LEGACY_DEFAULTS = Map.of(Parameters.BACKGROUND_SIZE.name(), "0");

  private ShapleyLoopSettings() {}

  /**
   * The settings at their defaults.
   *
   * @return new settings
   */
  static ExplainerSettings create() {
    return new ExplainerSettings(new CatalogueSettings(offered(), Map.of(), LEGACY_DEFAULTS));
  }

  /**
   * The methods the loop offers: the catalogue's tabular local methods that work on a black box and
   * compute Shapley values (the loop's output columns), kernel-shap first.
   *
   * @return the specs
   */
  static List<MethodSpec> offered() {
    List<MethodSpec> specs = new ArrayList<>();
    for (MethodSpec spec : MethodCatalogue.standard().localFor(DataKind.TABULAR, null)) {
      if (spec.family() == Family.SHAPLEY) {
        specs.add(spec);
      }
    }
    specs.sort(Comparator.comparing(s -> !s.name().equals(KernelShap.METHOD)));
    return specs;
  }
}
