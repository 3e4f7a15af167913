package org.glasswing.knime.global;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Interactions Loop Start: the candidate columns, then the catalogue's. */
final class InteractionsLoopStartNodeDialog extends DefaultNodeSettingsPane {

  InteractionsLoopStartNodeDialog() {
    InteractionsLoopSettings settings = new InteractionsLoopSettings();
    addDialogComponent(
        new DialogComponentString(
            settings.features, "Candidate columns (comma-separated; empty: every column)"));
    CatalogueDialog.addTo(this, settings.catalogue);
  }
}
