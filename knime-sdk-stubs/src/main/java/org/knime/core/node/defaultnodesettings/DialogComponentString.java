package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: a dialog control; the stubs build no Swing component. */
public final class DialogComponentString extends DialogComponent {

  /**
   * Creates the control.
   *
   * @param stringModel the setting it edits
   * @param label the label shown
   */
  public DialogComponentString(SettingsModelString stringModel, String label) {
    super(stringModel);
  }

  /**
   * A text field that may refuse an empty string.
   *
   * @param stringModel the model holding the value
   * @param label the label beside the field
   * @param disallowEmptyString whether an empty value is refused
   * @param compWidth the field's width in columns
   */
  public DialogComponentString(
      SettingsModelString stringModel, String label, boolean disallowEmptyString, int compWidth) {
    super(stringModel);
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
