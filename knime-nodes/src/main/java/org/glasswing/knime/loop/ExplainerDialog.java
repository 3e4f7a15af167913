package org.glasswing.knime.loop;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/**
 * The dialog of a local explainer loop start: the method's settings, built from the catalogue's
 * parameters, then the loop's chunking.
 */
public final class ExplainerDialog extends DefaultNodeSettingsPane {

  /**
   * Builds the dialog.
   *
   * @param settings a fresh instance of the node's settings, which the dialog edits
   */
  public ExplainerDialog(ExplainerSettings settings) {
    CatalogueDialog.addTo(this, settings.method());
    addDialogComponent(
        new DialogComponentNumber(settings.rowsPerIteration(), "Explained rows per iteration", 1));
    addDialogComponent(new DialogComponentNumber(settings.batchRows(), "Rows per batch", 1024));
  }
}
