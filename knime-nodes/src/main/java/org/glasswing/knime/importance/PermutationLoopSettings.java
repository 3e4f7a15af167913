package org.glasswing.knime.importance;

import java.util.List;
import java.util.Map;
import org.glasswing.core.global.Metric;
import org.glasswing.core.methods.Family;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.loop.JoinedSettings;
import org.glasswing.knime.loop.ModelSettings;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The settings of the Permutation Importance Loop Start, shared by its model and its dialog: the
 * catalogue's {@code permutation} settings {@code repeats} and {@code seed} (names, defaults,
 * ranges and descriptions from the catalogue; {@code folds} does not apply, since the loop scores
 * held-out rows it is given), and the node's own class column, metric and features per iteration.
 */
final class PermutationLoopSettings {

  final SettingsModelString classColumn = new SettingsModelString("classColumn", "");
  final SettingsModelString metric = new SettingsModelString("metric", Metric.ACCURACY.label());

  /** The catalogue method whose settings the node takes. */
  static final String METHOD = "permutation";

  /** The catalogue parameters the node takes. */
  static final List<String> TAKEN = List.of("repeats", "seed");

  final CatalogueSettings catalogue = CatalogueSettings.of(Family.GLOBAL, METHOD, TAKEN, Map.of());
  final SettingsModelIntegerBounded featuresPerIteration =
      new SettingsModelIntegerBounded("featuresPerIteration", 10, 1, Integer.MAX_VALUE);

  /**
   * The chosen metric; a classifier's loop refuses rmse.
   *
   * @return the metric
   * @throws InvalidSettingsException naming the setting
   */
  Metric parsedMetric() throws InvalidSettingsException {
    String text = metric.getStringValue().trim();
    try {
      Metric parsed = Metric.parse(text);
      if (parsed == Metric.RMSE) {
        throw new IllegalArgumentException(
            "metric rmse needs a numeric target; use accuracy, auc or log-loss");
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(
          "setting 'metric': " + SettingsCheck.oneLine(e.getMessage()), e);
    }
  }

  /** The settings as the node model saves, validates and loads them. */
  final JoinedSettings all =
      new JoinedSettings(
          new ModelSettings()
              .add("classColumn", classColumn)
              .add("metric", metric)
              .add("featuresPerIteration", featuresPerIteration),
          catalogue);
}
