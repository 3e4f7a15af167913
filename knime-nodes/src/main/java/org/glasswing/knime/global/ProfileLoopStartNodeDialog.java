package org.glasswing.knime.global;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Partial Dependence Loop Start: the columns, then the catalogue's settings. */
final class ProfileLoopStartNodeDialog extends DefaultNodeSettingsPane {

  ProfileLoopStartNodeDialog() {
    ProfileLoopSettings settings = new ProfileLoopSettings();
    addDialogComponent(
        new DialogComponentString(
            settings.features, "Profiled columns (comma-separated; empty: every column)"));
    CatalogueDialog.addTo(this, settings.catalogue);
  }
}
