package org.glasswing.knime.shapley;

import java.util.Arrays;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.methods.Backgrounds;
import org.glasswing.core.methods.MethodInputs;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ShapleyExplainer;
import org.glasswing.core.shapley.ShapleyValues;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.loop.TabularLoop;

/**
 * The Shapley loop: the chosen catalogue method's row jobs over the explained table (port 1), with
 * the background drawn from the background table (port 2) as {@code glasswing explain} draws it
 * from its training data.
 */
final class ShapleyLoop extends TabularLoop<ShapleyValues> {

  static final String BACKGROUND = "the background table (port 2)";

  ShapleyLoop() {
    super("Shapley Explainer", BACKGROUND, ShapleyLoopSettings.create());
  }

  @Override
  protected Prepared<ShapleyValues> prepare(
      MethodSpec spec, ParameterValues values, Schema schema, Dataset rows, Dataset other) {
    Background background = Backgrounds.draw(other, values, BACKGROUND, CatalogueSettings.SPELL);
    ShapleyExplainer explainer =
        (ShapleyExplainer) spec.create(new MethodInputs(values, other, background));
    return new Prepared<>(explainer.seed(), explainer.rowJobs(schema, rows));
  }

  @Override
  protected double[] block(ShapleyValues values, int output) {
    double[] a = values.attributions()[output];
    double[] block = Arrays.copyOf(a, a.length + 2);
    block[a.length] = values.baseValue()[output];
    block[a.length + 1] = values.prediction()[output];
    return block;
  }
}
