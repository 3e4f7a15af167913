package org.glasswing.knime.importance;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** The dialog of the Permutation Importance Loop Start. */
final class PermutationLoopStartNodeDialog extends DefaultNodeSettingsPane {

  PermutationLoopStartNodeDialog() {
    addDialogComponent(
        new DialogComponentString(
            PermutationLoopStartNodeModel.classColumnModel(),
            "Class column (the true class of each held-out row)"));
    addDialogComponent(
        new DialogComponentStringSelection(
            PermutationLoopStartNodeModel.metricModel(), "Metric", "accuracy", "auc", "log-loss"));
    addDialogComponent(
        new DialogComponentNumber(
            PermutationLoopStartNodeModel.repeatsModel(), "Shuffles per feature", 1));
    addDialogComponent(
        new DialogComponentNumber(PermutationLoopStartNodeModel.seedModel(), "Seed", 1));
    addDialogComponent(
        new DialogComponentNumber(
            PermutationLoopStartNodeModel.featuresPerIterationModel(),
            "Features per iteration",
            1));
  }
}
