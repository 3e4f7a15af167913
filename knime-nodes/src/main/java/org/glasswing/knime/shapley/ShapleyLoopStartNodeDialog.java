package org.glasswing.knime.shapley;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The dialog of the Shapley Explainer Loop Start. */
final class ShapleyLoopStartNodeDialog extends DefaultNodeSettingsPane {

  ShapleyLoopStartNodeDialog() {
    ShapleyLoopSettings settings = new ShapleyLoopSettings();
    addDialogComponent(
        new DialogComponentStringSelection(
            settings.method, "Method", ShapleyLoopSettings.METHODS.toArray(new String[0])));
    addDialogComponent(
        new DialogComponentNumber(settings.budget, "Budget (0 = the method's default)", 100));
    addDialogComponent(new DialogComponentNumber(settings.seed, "Seed", 1));
    addDialogComponent(
        new DialogComponentNumber(settings.rowsPerIteration, "Explained rows per iteration", 1));
    addDialogComponent(new DialogComponentNumber(settings.batchRows, "Rows per batch", 1024));
  }
}
