package org.glasswing.knime.faithfulness;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Deletion Curve Loop Start. */
final class DeletionLoopStartNodeDialog extends DefaultNodeSettingsPane {

  DeletionLoopStartNodeDialog() {
    DeletionLoopSettings settings = new DeletionLoopSettings();
    addDialogComponent(
        new DialogComponentString(
            settings.probabilityColumn,
            "Probability column (the explained output, such as P (class=yes))"));
    CatalogueDialog.addTo(this, settings.catalogue);
    addDialogComponent(new DialogComponentNumber(settings.seed, "Seed", 1));
    addDialogComponent(
        new DialogComponentNumber(settings.rowsPerIteration, "Explained rows per iteration", 1));
  }
}
