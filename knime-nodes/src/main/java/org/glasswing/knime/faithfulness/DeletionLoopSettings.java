package org.glasswing.knime.faithfulness;

import org.glasswing.knime.loop.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The settings of the Deletion Curve Loop Start, shared by its model and its dialog. */
final class DeletionLoopSettings {

  final SettingsModelString probabilityColumn = new SettingsModelString("probabilityColumn", "");
  final SettingsModelIntegerBounded randomOrders =
      new SettingsModelIntegerBounded("randomOrders", 10, 2, Integer.MAX_VALUE);
  final SettingsModelInteger seed = new SettingsModelInteger("seed", 1);
  final SettingsModelIntegerBounded rowsPerIteration =
      new SettingsModelIntegerBounded("rowsPerIteration", 10, 1, Integer.MAX_VALUE);

  /**
   * The explained probability column.
   *
   * @return its name
   * @throws InvalidSettingsException if none is set
   */
  String probability() throws InvalidSettingsException {
    String name = probabilityColumn.getStringValue().trim();
    if (name.isEmpty()) {
      throw new InvalidSettingsException(
          "no probability column: name the predictor's column the explanations explain, such as"
              + " 'P (class=yes)'");
    }
    return name;
  }

  /** The settings as the node model saves, validates and loads them. */
  final ModelSettings all =
      new ModelSettings()
          .add("probabilityColumn", probabilityColumn)
          .add("randomOrders", randomOrders)
          .add("seed", seed)
          .add("rowsPerIteration", rowsPerIteration);
}
