package org.glasswing.knime.uncertainty;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Calibrator Learner. */
final class CalibratorLearnerNodeDialog extends DefaultNodeSettingsPane {

  CalibratorLearnerNodeDialog() {
    PredictionTableSettings columns = new PredictionTableSettings();
    addDialogComponent(new DialogComponentString(columns.classColumn, "Class column"));
    addDialogComponent(
        new DialogComponentString(
            columns.probabilityColumns, PredictionTableSettings.PROBABILITY_LABEL));
    CatalogueDialog.addTo(this, CalibratorLearnerNodeModel.calibratorSettings());
  }
}
