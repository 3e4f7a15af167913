package org.glasswing.knime.uncertainty;

import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The class column and probability columns setting of the prediction-table nodes. */
final class PredictionTableSettings {

  final SettingsModelString classColumn = new SettingsModelString("classColumn", "");
  final SettingsModelString probabilityColumns = new SettingsModelString("probabilityColumns", "");

  /** The label of the probability-columns setting in dialogs. */
  static final String PROBABILITY_LABEL =
      "Probability columns (comma-separated; empty = every 'P (...)' column)";

  PredictionColumns columns(DataTableSpec spec, boolean classRequired)
      throws InvalidSettingsException {
    return PredictionColumns.of(
        spec, classColumn.getStringValue(), classRequired, probabilityColumns.getStringValue());
  }

  void save(NodeSettingsWO settings) {
    classColumn.saveSettingsTo(settings);
    probabilityColumns.saveSettingsTo(settings);
  }

  void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, "classColumn", classColumn);
    SettingsCheck.validate(settings, "probabilityColumns", probabilityColumns);
  }

  void load(NodeSettingsRO settings) throws InvalidSettingsException {
    classColumn.loadSettingsFrom(settings);
    probabilityColumns.loadSettingsFrom(settings);
  }
}
