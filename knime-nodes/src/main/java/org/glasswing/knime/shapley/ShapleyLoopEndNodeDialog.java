package org.glasswing.knime.shapley;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Shapley Explainer Loop End. */
final class ShapleyLoopEndNodeDialog extends DefaultNodeSettingsPane {

  ShapleyLoopEndNodeDialog() {
    addDialogComponent(
        new DialogComponentString(
            ShapleyLoopEndNodeModel.probabilityColumnsModel(),
            "Probability columns (comma-separated; empty = every 'P (...)' column)"));
  }
}
