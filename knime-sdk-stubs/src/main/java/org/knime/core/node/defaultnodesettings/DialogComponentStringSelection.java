package org.knime.core.node.defaultnodesettings;

import java.util.Collection;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: a dialog control; the stubs build no Swing component. */
public final class DialogComponentStringSelection extends DialogComponent {

  /**
   * Creates the control.
   *
   * @param stringModel the setting it edits
   * @param label the label shown
   * @param list the choices
   */
  public DialogComponentStringSelection(
      SettingsModelString stringModel, String label, String... list) {
    super(stringModel);
  }

  /**
   * A drop-down list of the given choices.
   *
   * @param stringModel the model holding the chosen value
   * @param label the label beside the list
   * @param list the choices
   */
  public DialogComponentStringSelection(
      SettingsModelString stringModel, String label, Collection<String> list) {
    super(stringModel);
  }

  /**
   * A drop-down list of the given choices, optionally editable.
   *
   * @param stringModel the model holding the chosen value
   * @param label the label beside the list
   * @param list the choices
   * @param editable whether the user may type a value that is not a choice
   */
  public DialogComponentStringSelection(
      SettingsModelString stringModel, String label, Collection<String> list, boolean editable) {
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
