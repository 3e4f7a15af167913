package org.knime.core.node;

import org.knime.core.node.port.PortObjectSpec;

/** Stub: the settings dialog of a node. */
public abstract class NodeDialogPane {

  /** Creates a dialog. */
  protected NodeDialogPane() {}

  /**
   * Loads settings into the dialog.
   *
   * @param settings the settings
   * @param specs the input specs
   * @throws NotConfigurableException if the dialog cannot be opened
   */
  protected void loadSettingsFrom(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException {}

  /**
   * Saves the dialog's settings.
   *
   * @param settings where to write
   * @throws InvalidSettingsException if the entered settings are invalid
   */
  protected abstract void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException;
}
