package org.glasswing.knime.shapley;

import java.util.List;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.ShapleyExplainer;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The settings of the Shapley Explainer Loop Start, shared by its model and its dialog. */
final class ShapleyLoopSettings {

  /** The budget of sampling-shapley when none is set: the same as {@code glasswing explain}. */
  static final int SAMPLING_BUDGET = 2048;

  static final List<String> METHODS =
      List.of(KernelShap.METHOD, SamplingShapley.METHOD, ExactShapley.METHOD);

  final SettingsModelString method = new SettingsModelString("method", KernelShap.METHOD);
  final SettingsModelIntegerBounded budget =
      new SettingsModelIntegerBounded("budget", 0, 0, Integer.MAX_VALUE);
  final SettingsModelInteger seed = new SettingsModelInteger("seed", 1);
  final SettingsModelIntegerBounded rowsPerIteration =
      new SettingsModelIntegerBounded("rowsPerIteration", 10, 1, Integer.MAX_VALUE);
  final SettingsModelIntegerBounded batchRows =
      new SettingsModelIntegerBounded(
          "batchRows", EvaluationEngine.DEFAULT_BATCH_ROWS, 1, Integer.MAX_VALUE);

  void save(NodeSettingsWO settings) {
    method.saveSettingsTo(settings);
    budget.saveSettingsTo(settings);
    seed.saveSettingsTo(settings);
    rowsPerIteration.saveSettingsTo(settings);
    batchRows.saveSettingsTo(settings);
  }

  void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, "method", method);
    SettingsCheck.validate(settings, "budget", budget);
    SettingsCheck.validate(settings, "seed", seed);
    SettingsCheck.validate(settings, "rowsPerIteration", rowsPerIteration);
    SettingsCheck.validate(settings, "batchRows", batchRows);
    String name = settings.getString("method");
    if (!METHODS.contains(name)) {
      throw new InvalidSettingsException(
          "method '" + Messages.quoted(name) + "' is not one of " + String.join(", ", METHODS));
    }
  }

  void load(NodeSettingsRO settings) throws InvalidSettingsException {
    method.loadSettingsFrom(settings);
    budget.loadSettingsFrom(settings);
    seed.loadSettingsFrom(settings);
    rowsPerIteration.loadSettingsFrom(settings);
    batchRows.loadSettingsFrom(settings);
  }

  /**
   * The core method these settings choose.
   *
   * @param background the background
   * @param players the number of features
   * @return the explainer
   * @throws InvalidSettingsException if the budget is too small for the method
   */
  ShapleyExplainer explainer(Background background, int players) throws InvalidSettingsException {
    int chosen = budget.getIntValue();
    long s = seed.getIntValue();
    try {
      return switch (method.getStringValue()) {
        case ExactShapley.METHOD -> new ExactShapley(background);
        case SamplingShapley.METHOD ->
            new SamplingShapley(background, chosen > 0 ? chosen : SAMPLING_BUDGET, s);
        default ->
            new KernelShap(background, chosen > 0 ? chosen : KernelShap.defaultBudget(players), s);
      };
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException("budget: " + SettingsCheck.oneLine(e.getMessage()), e);
    }
  }
}
