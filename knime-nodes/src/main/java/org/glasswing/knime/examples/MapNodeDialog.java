package org.glasswing.knime.examples;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;

/** The dialog of the Row Map: the catalogue's map settings and the seed. */
final class MapNodeDialog extends DefaultNodeSettingsPane {

  MapNodeDialog() {
    CatalogueDialog.addTo(this, MapNodeModel.mapSettings());
  }
}
