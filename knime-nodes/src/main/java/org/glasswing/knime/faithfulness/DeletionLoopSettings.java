package org.glasswing.knime.faithfulness;

import org.glasswing.knime.loop.LoopSettings;
import org.glasswing.knime.loop.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The settings of the Deletion Curve Loop Start, shared by its model and its dialog. */
final class DeletionLoopSettings implements LoopSettings {

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

  private final ModelSettings all =
      new ModelSettings()
          .add("probabilityColumn", probabilityColumn)
          .add("randomOrders", randomOrders)
          .add("seed", seed)
          .add("rowsPerIteration", rowsPerIteration);

  @Override
  public void save(NodeSettingsWO settings) {
    all.save(settings);
  }

  @Override
  public void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    all.validate(settings);
  }

  @Override
  public void load(NodeSettingsRO settings) throws InvalidSettingsException {
    all.load(settings);
  }
}
