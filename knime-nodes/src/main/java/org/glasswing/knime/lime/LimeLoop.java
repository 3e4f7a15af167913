package org.glasswing.knime.lime;

import java.util.Arrays;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.LimeResult;
import org.glasswing.core.methods.MethodInputs;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.knime.loop.TabularLoop;
import org.knime.core.node.InvalidSettingsException;

/**
 * The LIME loop: the catalogue's {@code lime} over the explained table (port 1), drawing its
 * samples from the statistics of the training table (port 2); each result row has the surrogate's
 * fidelity besides the attributions.
 */
final class LimeLoop extends TabularLoop<LimeResult> {

  static final String TRAINING = "the training table (port 2)";

  LimeLoop() {
    super("LIME Explainer", TRAINING, LimeLoopSettings.create(), "fidelity");
  }

  @Override
  protected void check(ParameterValues values, int featureCount) throws InvalidSettingsException {
    LimeLoopSettings.checkMaxFeatures(values, featureCount);
  }

  @Override
  protected Prepared<LimeResult> prepare(
      MethodSpec spec, ParameterValues values, Schema schema, Dataset rows, Dataset other) {
    Lime lime = (Lime) spec.create(new MethodInputs(values, other, null));
    return new Prepared<>(lime.seed(), lime.rowJobs(schema, rows));
  }

  @Override
  protected double[] block(LimeResult result, int output) {
    double[] a = result.attributions(output);
    double[] block = Arrays.copyOf(a, a.length + 3);
    block[a.length] = result.baseValue(output);
    block[a.length + 1] = result.prediction(output);
    block[a.length + 2] = result.fidelity(output);
    return block;
  }
}
