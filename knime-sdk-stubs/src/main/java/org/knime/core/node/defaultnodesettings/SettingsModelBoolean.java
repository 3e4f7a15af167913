package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: a boolean setting. */
@SuppressWarnings(
    "unchecked") // createClone() overrides <T> T createClone() covariantly, as in KNIME
public class SettingsModelBoolean extends SettingsModel {

  private final String configName;
  private boolean value;

  /**
   * Creates the setting.
   *
   * @param configName the key
   * @param defaultValue the initial value
   */
  public SettingsModelBoolean(String configName, boolean defaultValue) {
    this.configName = configName;
    this.value = defaultValue;
  }

  @Override
  protected SettingsModelBoolean createClone() {
    return new SettingsModelBoolean(configName, value);
  }

  @Override
  protected String getModelTypeID() {
    return "SMID_boolean";
  }

  @Override
  public String getConfigName() {
    return configName;
  }

  /**
   * Sets the value.
   *
   * @param newValue the value
   */
  public void setBooleanValue(boolean newValue) {
    value = newValue;
  }

  /**
   * The value.
   *
   * @return the value
   */
  public boolean getBooleanValue() {
    return value;
  }

  @Override
  protected void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException {
    value = settings.getBoolean(configName, value);
  }

  @Override
  protected void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException {
    saveSettingsForModel(settings);
  }

  @Override
  protected void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException {
    settings.getBoolean(configName);
  }

  @Override
  protected void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException {
    boolean loaded = settings.getBoolean(configName);
    value = loaded;
  }

  @Override
  protected void saveSettingsForModel(NodeSettingsWO settings) {
    settings.addBoolean(configName, value);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "('" + configName + "')";
  }
}
