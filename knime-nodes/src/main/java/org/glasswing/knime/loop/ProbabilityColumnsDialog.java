package org.glasswing.knime.loop;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The dialog of a loop end whose user names the probability columns to explain. */
public final class ProbabilityColumnsDialog extends DefaultNodeSettingsPane {

  /** Builds the dialog. */
  public ProbabilityColumnsDialog() {
    addDialogComponent(
        new DialogComponentString(
            LoopEndModel.probabilityColumnsModel(),
            "Prediction columns (comma-separated; empty = every 'P (...)' column,"
                + " else every 'Prediction (...)' column)"));
  }
}
