package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: a dialog made of dialog components, each bound to a setting. */
public class DefaultNodeSettingsPane extends NodeDialogPane {

  private final List<DialogComponent> components = new ArrayList<>();

  /** Creates an empty dialog. */
  public DefaultNodeSettingsPane() {}

  /**
   * Adds a control.
   *
   * @param diaC the control
   */
  public void addDialogComponent(DialogComponent diaC) {
    components.add(diaC);
  }

  /**
   * Starts a titled group of controls.
   *
   * @param title the group's title
   */
  public void createNewGroup(String title) {}

  /** Ends the current group. */
  public void closeCurrentGroup() {}

  @Override
  public final void loadSettingsFrom(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException {
    for (DialogComponent component : components) {
      component.loadSettingsFrom(settings, specs);
    }
  }

  @Override
  public final void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException {
    for (DialogComponent component : components) {
      component.saveSettingsTo(settings);
    }
  }
}
