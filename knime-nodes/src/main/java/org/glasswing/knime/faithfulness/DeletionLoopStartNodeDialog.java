package org.glasswing.knime.faithfulness;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Deletion Curve Loop Start. */
final class DeletionLoopStartNodeDialog extends DefaultNodeSettingsPane {

  DeletionLoopStartNodeDialog() {
    addDialogComponent(
        new DialogComponentString(
            DeletionLoopStartNodeModel.probabilityColumnModel(),
            "Probability column (the explained output, such as P (class=yes))"));
    addDialogComponent(
        new DialogComponentNumber(
            DeletionLoopStartNodeModel.randomOrdersModel(), "Random orders per row", 1));
    addDialogComponent(
        new DialogComponentNumber(DeletionLoopStartNodeModel.seedModel(), "Seed", 1));
    addDialogComponent(
        new DialogComponentNumber(
            DeletionLoopStartNodeModel.rowsPerIterationModel(), "Explained rows per iteration", 1));
  }
}
