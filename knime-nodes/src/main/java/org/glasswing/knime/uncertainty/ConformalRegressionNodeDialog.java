package org.glasswing.knime.uncertainty;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of Conformal Regression: the two columns and the catalogue's alpha. */
final class ConformalRegressionNodeDialog extends DefaultNodeSettingsPane {

  ConformalRegressionNodeDialog() {
    addDialogComponent(
        new DialogComponentString(
            ConformalRegressionNodeModel.predictionModel(),
            "Prediction column (empty = the first 'Prediction (...)' column)"));
    addDialogComponent(
        new DialogComponentString(
            ConformalRegressionNodeModel.actualModel(), "Actual column (calibration table)"));
    CatalogueDialog.addTo(this, ConformalRegressionNodeModel.conformalSettings());
  }
}
