package org.glasswing.knime.lime;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the LIME Explainer Loop End. */
final class LimeLoopEndNodeDialog extends DefaultNodeSettingsPane {

  LimeLoopEndNodeDialog() {
    addDialogComponent(
        new DialogComponentString(
            LimeLoopEndNodeModel.probabilityColumnsModel(),
            "Probability columns (comma-separated; empty = every 'P (...)' column)"));
  }
}
