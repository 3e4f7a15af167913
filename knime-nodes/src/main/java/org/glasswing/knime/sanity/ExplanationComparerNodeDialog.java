package org.glasswing.knime.sanity;

import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Explanation Comparer. */
final class ExplanationComparerNodeDialog extends DefaultNodeSettingsPane {

  ExplanationComparerNodeDialog() {
    addDialogComponent(
        new DialogComponentString(
            ExplanationComparerNodeModel.columnsModel(),
            "Attribution columns (comma-separated; empty = every numeric column of port 1 but"
                + " base value, prediction and fidelity)"));
    CatalogueDialog.addTo(this, ExplanationComparerNodeModel.agreementSettings());
  }
}
