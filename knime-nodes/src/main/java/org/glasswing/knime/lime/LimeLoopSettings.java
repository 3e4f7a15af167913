package org.glasswing.knime.lime;

import java.util.List;
import java.util.Map;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.loop.ExplainerSettings;
import org.knime.core.node.InvalidSettingsException;

/**
 * The settings of the LIME Explainer Loop Start: the catalogue's settings of {@code lime} and the
 * loop's own chunking.
 */
final class LimeLoopSettings {

  /** The keys the node saved before its settings came from the catalogue, by catalogue name. */
  static final Map<String, List<String>> OLDER_KEYS =
      Map.of(
          Parameters.LIME_MODE.name(), List.of("mode"),
          Parameters.KERNEL_WIDTH.name(), List.of("kernelWidth"),
          Parameters.MAX_FEATURES.name(), List.of("maxFeatures"));

  private LimeLoopSettings() {}

  /**
   * The settings at their defaults.
   *
   * @return new settings
   */
  static ExplainerSettings create() {
    return new ExplainerSettings(
        new CatalogueSettings(
            List.of(MethodCatalogue.standard().local(Lime.METHOD)), OLDER_KEYS, Map.of()));
  }

  /**
   * Refuses more surrogate features than there are feature columns.
   *
   * @param values the checked settings
   * @param features the number of feature columns
   * @throws InvalidSettingsException naming the setting
   */
  static void checkMaxFeatures(ParameterValues values, int features)
      throws InvalidSettingsException {
    if (values.given(Parameters.MAX_FEATURES)) {
      int k = values.integer(Parameters.MAX_FEATURES);
      if (k > features) {
        throw new InvalidSettingsException(
            CatalogueSettings.SPELL.apply(Parameters.MAX_FEATURES.name())
                + " is "
                + k
                + " but there are only "
                + features
                + " feature columns; give at most "
                + features
                + " (or 0 for the default)");
      }
    }
  }
}
