package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: a string setting. */
@SuppressWarnings(
    "unchecked") // createClone() overrides <T> T createClone() covariantly, as in KNIME
public class SettingsModelString extends SettingsModel
    implements SettingsModelFlowVariableCompatible {

  private final String configName;
  private String value;

  /**
   * Creates the setting.
   *
   * @param configName the key
   * @param defaultValue the initial value
   */
  public SettingsModelString(String configName, String defaultValue) {
    this.configName = configName;
    this.value = defaultValue;
  }

  @Override
  protected SettingsModelString createClone() {
    return new SettingsModelString(configName, value);
  }

  @Override
  protected String getModelTypeID() {
    return "SMID_string";
  }

  @Override
  protected String getConfigName() {
    return configName;
  }

  @Override
  protected void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException {
    value = settings.getString(configName, value);
  }

  @Override
  protected void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException {
    saveSettingsForModel(settings);
  }

  /**
   * Sets the value.
   *
   * @param newValue the value
   */
  public void setStringValue(String newValue) {
    value = newValue;
  }

  /**
   * The value.
   *
   * @return the value
   */
  public String getStringValue() {
    return value;
  }

  @Override
  protected void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException {
    settings.getString(configName);
  }

  @Override
  protected void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException {
    value = settings.getString(configName);
  }

  @Override
  protected void saveSettingsForModel(NodeSettingsWO settings) {
    settings.addString(configName, value);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "('" + configName + "')";
  }

  /**
   * The key.
   *
   * @return the config name
   */
  public String getKey() {
    return configName;
  }
}
