package org.glasswing.knime.uncertainty;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The dialog of the Calibrator Learner. */
final class CalibratorLearnerNodeDialog extends DefaultNodeSettingsPane {

  CalibratorLearnerNodeDialog() {
    PredictionTableSettings columns = new PredictionTableSettings();
    addDialogComponent(new DialogComponentString(columns.classColumn, "Class column"));
    addDialogComponent(
        new DialogComponentString(
            columns.probabilityColumns, PredictionTableSettings.PROBABILITY_LABEL));
    addDialogComponent(
        new DialogComponentStringSelection(
            CalibratorLearnerNodeModel.methodModel(),
            "Method",
            CalibratorPortObject.METHODS.toArray(new String[0])));
  }
}
