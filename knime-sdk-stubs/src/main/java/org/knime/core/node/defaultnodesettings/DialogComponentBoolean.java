package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: a dialog control; the stubs build no Swing component. */
public final class DialogComponentBoolean extends DialogComponent {

  /**
   * Creates the control.
   *
   * @param booleanModel the setting it edits
   * @param label the label shown
   */
  public DialogComponentBoolean(SettingsModelBoolean booleanModel, String label) {
    super(booleanModel);
  }

  @Override
  protected void updateComponent() {}

  @Override
  protected void validateSettingsBeforeSave() throws InvalidSettingsException {}

  @Override
  protected void checkConfigurabilityBeforeLoad(PortObjectSpec[] specs)
      throws NotConfigurableException {}

  @Override
  protected void setEnabledComponents(boolean enabled) {}

  @Override
  public void setToolTipText(String text) {}
}
