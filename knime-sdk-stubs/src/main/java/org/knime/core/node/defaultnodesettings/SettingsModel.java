package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: one setting of a node, shared by its model and its dialog. */
public abstract class SettingsModel {

  private boolean enabled = true;

  /** Creates a setting. */
  public SettingsModel() {}

  /**
   * A copy of this setting.
   *
   * @param <T> the setting's type
   * @return the copy
   */
  protected abstract <T extends SettingsModel> T createClone();

  /**
   * An identifier of the setting's kind.
   *
   * @return the identifier
   */
  protected abstract String getModelTypeID();

  /**
   * The key the setting is stored under.
   *
   * @return the key
   */
  protected abstract String getConfigName();

  /**
   * Loads the value for the dialog.
   *
   * @param settings the settings
   * @param specs the input specs
   * @throws NotConfigurableException if the dialog cannot be opened
   */
  protected abstract void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException;

  /**
   * Saves the dialog's value.
   *
   * @param settings where to write
   * @throws InvalidSettingsException if the value is invalid
   */
  protected abstract void saveSettingsForDialog(NodeSettingsWO settings)
      throws InvalidSettingsException;

  /**
   * Enables or disables the setting.
   *
   * @param enabled whether enabled
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Whether the setting is enabled.
   *
   * @return true if enabled
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Checks the stored value.
   *
   * @param settings the settings
   * @throws InvalidSettingsException if absent or invalid
   */
  public final void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    validateSettingsForModel(settings);
  }

  /**
   * Checks the stored value.
   *
   * @param settings the settings
   * @throws InvalidSettingsException if absent or invalid
   */
  protected abstract void validateSettingsForModel(NodeSettingsRO settings)
      throws InvalidSettingsException;

  /**
   * Loads the stored value.
   *
   * @param settings the settings
   * @throws InvalidSettingsException if absent or invalid
   */
  public final void loadSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException {
    loadSettingsForModel(settings);
  }

  /**
   * Loads the stored value.
   *
   * @param settings the settings
   * @throws InvalidSettingsException if absent or invalid
   */
  protected abstract void loadSettingsForModel(NodeSettingsRO settings)
      throws InvalidSettingsException;

  /**
   * Stores the value.
   *
   * @param settings where to write
   */
  public final void saveSettingsTo(NodeSettingsWO settings) {
    saveSettingsForModel(settings);
  }

  /**
   * Stores the value.
   *
   * @param settings where to write
   */
  protected abstract void saveSettingsForModel(NodeSettingsWO settings);

  @Override
  public abstract String toString();
}
