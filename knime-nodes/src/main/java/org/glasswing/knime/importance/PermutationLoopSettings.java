package org.glasswing.knime.importance;

import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PermutationImportance;
import org.glasswing.knime.loop.ModelSettings;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The settings of the Permutation Importance Loop Start, shared by its model and its dialog. */
final class PermutationLoopSettings {

  final SettingsModelString classColumn = new SettingsModelString("classColumn", "");
  final SettingsModelString metric = new SettingsModelString("metric", Metric.ACCURACY.label());
  final SettingsModelIntegerBounded repeats =
      new SettingsModelIntegerBounded(
          "repeats", PermutationImportance.DEFAULT_REPEATS, 1, Integer.MAX_VALUE);
  final SettingsModelInteger seed = new SettingsModelInteger("seed", 1);
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
  final ModelSettings all =
      new ModelSettings()
          .add("classColumn", classColumn)
          .add("metric", metric)
          .add("repeats", repeats)
          .add("seed", seed)
          .add("featuresPerIteration", featuresPerIteration);
}
