package org.glasswing.knime.uncertainty;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;

/** The dialog of the OOD Scorer: the catalogue's ood setting. */
final class OodScorerNodeDialog extends DefaultNodeSettingsPane {

  OodScorerNodeDialog() {
    CatalogueDialog.addTo(this, OodScorerNodeModel.oodSettings());
  }
}
