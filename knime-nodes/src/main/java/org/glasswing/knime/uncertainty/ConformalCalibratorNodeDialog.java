package org.glasswing.knime.uncertainty;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The dialog of the Conformal Calibrator. */
final class ConformalCalibratorNodeDialog extends DefaultNodeSettingsPane {

  ConformalCalibratorNodeDialog() {
    PredictionTableSettings columns = new PredictionTableSettings();
    addDialogComponent(new DialogComponentString(columns.classColumn, "Class column"));
    addDialogComponent(
        new DialogComponentString(
            columns.probabilityColumns, PredictionTableSettings.PROBABILITY_LABEL));
    addDialogComponent(
        new DialogComponentNumber(
            ConformalCalibratorNodeModel.alphaModel(), "Alpha (miscoverage)", 0.01));
    addDialogComponent(
        new DialogComponentStringSelection(
            ConformalCalibratorNodeModel.scoreModel(),
            "Score",
            ConformalCalibratorNodeModel.SCORES.toArray(new String[0])));
    addDialogComponent(
        new DialogComponentBoolean(
            ConformalCalibratorNodeModel.mondrianModel(), "Mondrian (calibrate each class)"));
  }
}
