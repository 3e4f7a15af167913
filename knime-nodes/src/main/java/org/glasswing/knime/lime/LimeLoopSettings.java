package org.glasswing.knime.lime;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.LimeMode;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The settings of the LIME Explainer Loop Start, shared by its model and its dialog. */
final class LimeLoopSettings {

  static final List<String> MODES = List.of("quartile", "continuous");

  /** The keys of {@link #all()}'s models, in the same order. */
  private static final List<String> KEYS =
      List.of(
          "mode", "samples", "kernelWidth", "maxFeatures", "seed", "rowsPerIteration", "batchRows");

  final SettingsModelString mode = new SettingsModelString("mode", "quartile");
  final SettingsModelIntegerBounded samples =
      new SettingsModelIntegerBounded("samples", Lime.DEFAULT_SAMPLES, 3, Integer.MAX_VALUE);
  final SettingsModelDoubleBounded kernelWidth =
      new SettingsModelDoubleBounded("kernelWidth", 0, 0, Double.MAX_VALUE);
  final SettingsModelIntegerBounded maxFeatures =
      new SettingsModelIntegerBounded("maxFeatures", 0, 0, Integer.MAX_VALUE);
  final SettingsModelInteger seed = new SettingsModelInteger("seed", 1);
  final SettingsModelIntegerBounded rowsPerIteration =
      new SettingsModelIntegerBounded("rowsPerIteration", 10, 1, Integer.MAX_VALUE);
  final SettingsModelIntegerBounded batchRows =
      new SettingsModelIntegerBounded(
          "batchRows", EvaluationEngine.DEFAULT_BATCH_ROWS, 1, Integer.MAX_VALUE);

  private List<org.knime.core.node.defaultnodesettings.SettingsModel> all() {
    return List.of(mode, samples, kernelWidth, maxFeatures, seed, rowsPerIteration, batchRows);
  }

  void save(NodeSettingsWO settings) {
    for (var model : all()) {
      model.saveSettingsTo(settings);
    }
  }

  void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    String[] keys = KEYS.toArray(new String[0]);
    List<org.knime.core.node.defaultnodesettings.SettingsModel> models = all();
    for (int i = 0; i < keys.length; i++) {
      SettingsCheck.validate(settings, keys[i], models.get(i));
    }
    String name = settings.getString("mode");
    if (!MODES.contains(name)) {
      throw new InvalidSettingsException(
          "mode '" + Messages.quoted(name) + "' is not one of " + String.join(", ", MODES));
    }
  }

  void load(NodeSettingsRO settings) throws InvalidSettingsException {
    for (var model : all()) {
      model.loadSettingsFrom(settings);
    }
  }

  /**
   * Refuses more surrogate features than there are feature columns.
   *
   * @param features the number of feature columns
   * @throws InvalidSettingsException naming the setting
   */
  void checkMaxFeatures(int features) throws InvalidSettingsException {
    int k = maxFeatures.getIntValue();
    if (k > features) {
      throw new InvalidSettingsException(
          "Max features is " + k + " but there are only " + features + " feature columns");
    }
  }

  /**
   * The core method these settings choose.
   *
   * @param training the training rows whose statistics the samples are drawn from
   * @param features the number of features
   * @return the explainer
   * @throws InvalidSettingsException naming the setting at fault
   */
  Lime explainer(Dataset training, int features) throws InvalidSettingsException {
    checkMaxFeatures(features);
    int k = maxFeatures.getIntValue();
    int chosenK = k > 0 ? k : Math.min(Lime.DEFAULT_MAX_FEATURES, features);
    double width = kernelWidth.getDoubleValue();
    try {
      return new Lime(
          training,
          mode.getStringValue().equals("continuous") ? LimeMode.CONTINUOUS : LimeMode.QUARTILE,
          samples.getIntValue(),
          width > 0 ? width : Double.NaN,
          chosenK,
          seed.getIntValue());
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException("Samples: " + SettingsCheck.oneLine(e.getMessage()), e);
    }
  }
}
