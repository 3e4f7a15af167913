package org.glasswing.knime.uncertainty;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Fairness Scorer: the prediction columns, then the catalogue's settings. */
final class FairnessScorerNodeDialog extends DefaultNodeSettingsPane {

  FairnessScorerNodeDialog() {
    PredictionTableSettings columns = new PredictionTableSettings();
    addDialogComponent(new DialogComponentString(columns.classColumn, "Class column"));
    addDialogComponent(
        new DialogComponentString(
            columns.probabilityColumns, PredictionTableSettings.PROBABILITY_LABEL));
    CatalogueDialog.addTo(this, FairnessScorerNodeModel.catalogueSettings());
  }
}
