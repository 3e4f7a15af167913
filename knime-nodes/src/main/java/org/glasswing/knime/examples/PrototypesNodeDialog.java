package org.glasswing.knime.examples;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of Prototypes and Criticisms: the class column, the catalogue's settings. */
final class PrototypesNodeDialog extends DefaultNodeSettingsPane {

  PrototypesNodeDialog() {
    addDialogComponent(
        new DialogComponentString(
            PrototypesNodeModel.classColumnModel(),
            "Class column (a string column; needed when scope is per_class)"));
    CatalogueDialog.addTo(this, PrototypesNodeModel.prototypeSettings());
  }
}
