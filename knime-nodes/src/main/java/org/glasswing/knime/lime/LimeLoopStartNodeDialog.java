package org.glasswing.knime.lime;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The dialog of the LIME Explainer Loop Start. */
final class LimeLoopStartNodeDialog extends DefaultNodeSettingsPane {

  LimeLoopStartNodeDialog() {
    LimeLoopSettings settings = new LimeLoopSettings();
    addDialogComponent(
        new DialogComponentStringSelection(
            settings.mode, "Mode", LimeLoopSettings.MODES.toArray(new String[0])));
    addDialogComponent(new DialogComponentNumber(settings.samples, "Samples per row", 500));
    addDialogComponent(
        new DialogComponentNumber(settings.kernelWidth, "Kernel width (0 = 0.75 √d)", 0.25));
    addDialogComponent(
        new DialogComponentNumber(settings.maxFeatures, "Max features (0 = min(10, d))", 1));
    addDialogComponent(new DialogComponentNumber(settings.seed, "Seed", 1));
    addDialogComponent(
        new DialogComponentNumber(settings.rowsPerIteration, "Explained rows per iteration", 1));
    addDialogComponent(new DialogComponentNumber(settings.batchRows, "Rows per batch", 1024));
  }
}
