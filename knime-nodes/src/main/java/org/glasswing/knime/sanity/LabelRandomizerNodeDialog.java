package org.glasswing.knime.sanity;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of the Label Randomizer. */
final class LabelRandomizerNodeDialog extends DefaultNodeSettingsPane {

  LabelRandomizerNodeDialog() {
    addDialogComponent(
        new DialogComponentString(LabelRandomizerNodeModel.targetModel(), "Target column"));
    addDialogComponent(new DialogComponentNumber(LabelRandomizerNodeModel.seedModel(), "Seed", 1));
  }
}
