package org.glasswing.knime.uncertainty;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Uncertainty Scorer. */
final class UncertaintyScorerNodeDialog extends DefaultNodeSettingsPane {

  UncertaintyScorerNodeDialog() {
    addDialogComponent(
        new DialogComponentString(
            UncertaintyScorerNodeModel.groupsModel(),
            "Probability columns (comma-separated; groups of ensemble members separated by ';';"
                + " empty = every 'P (...)' column)"));
  }
}
