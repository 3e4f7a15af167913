package org.glasswing.knime.importance;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The dialog of the Permutation Importance Loop Start. */
final class PermutationLoopStartNodeDialog extends DefaultNodeSettingsPane {

  PermutationLoopStartNodeDialog() {
    PermutationLoopSettings settings = new PermutationLoopSettings();
    addDialogComponent(
        new DialogComponentString(
            settings.classColumn, "Class column (the true class of each held-out row)"));
    addDialogComponent(
        new DialogComponentStringSelection(
            settings.metric, "Metric", "accuracy", "auc", "log-loss"));
    CatalogueDialog.addTo(this, settings.catalogue);
    addDialogComponent(
        new DialogComponentNumber(settings.featuresPerIteration, "Features per iteration", 1));
  }
}
