package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: a dialog control bound to one setting. No Swing component is built by the stubs. */
public abstract class DialogComponent {

  private final SettingsModel model;

  /**
   * Creates the control.
   *
   * @param model the setting it edits
   */
  public DialogComponent(SettingsModel model) {
    this.model = model;
  }

  /**
   * The setting.
   *
   * @return the setting
   */
  public final SettingsModel getModel() {
    return model;
  }

  /**
   * Loads the setting's value into the control.
   *
   * @param settings the settings
   * @param specs the input specs
   * @throws NotConfigurableException if the dialog cannot be opened
   */
  public final void loadSettingsFrom(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException {
    checkConfigurabilityBeforeLoad(specs);
    model.loadSettingsForDialog(settings, specs);
    updateComponent();
  }

  /** Shows the setting's current value. */
  protected abstract void updateComponent();

  /**
   * Saves the control's value.
   *
   * @param settings where to write
   * @throws InvalidSettingsException if the value is invalid
   */
  public final void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException {
    validateSettingsBeforeSave();
    model.saveSettingsForDialog(settings);
  }

  /**
   * Checks the entered value.
   *
   * @throws InvalidSettingsException if invalid
   */
  protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

  /**
   * Checks that the control can be shown for the input specs.
   *
   * @param specs the input specs
   * @throws NotConfigurableException if not
   */
  protected abstract void checkConfigurabilityBeforeLoad(PortObjectSpec[] specs)
      throws NotConfigurableException;

  /**
   * Enables or disables the control.
   *
   * @param enabled whether enabled
   */
  protected abstract void setEnabledComponents(boolean enabled);

  /**
   * Sets the tool tip.
   *
   * @param text the tool tip
   */
  public abstract void setToolTipText(String text);
}
