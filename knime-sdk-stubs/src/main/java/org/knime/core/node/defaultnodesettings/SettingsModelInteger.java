package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: an int setting. */
@SuppressWarnings(
    "unchecked") // createClone() overrides <T> T createClone() covariantly, as in KNIME
public class SettingsModelInteger extends SettingsModelNumber
    implements SettingsModelFlowVariableCompatible {

  private final String configName;
  private int value;

  /**
   * Creates the setting.
   *
   * @param configName the key
   * @param defaultValue the initial value
   */
  public SettingsModelInteger(String configName, int defaultValue) {
    this.configName = configName;
    this.value = defaultValue;
  }

  @Override
  protected SettingsModelInteger createClone() {
    return new SettingsModelInteger(configName, value);
  }

  @Override
  protected String getModelTypeID() {
    return "SMID_integer";
  }

  @Override
  protected String getConfigName() {
    return configName;
  }

  /**
   * Sets the value.
   *
   * @param newValue the value
   */
  public void setIntValue(int newValue) {
    value = newValue;
  }

  /**
   * The value.
   *
   * @return the value
   */
  public int getIntValue() {
    return value;
  }

  @Override
  protected void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException {
    value = settings.getInt(configName, value);
  }

  @Override
  protected void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException {
    saveSettingsForModel(settings);
  }

  @Override
  protected void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException {
    validateValue(settings.getInt(configName));
  }

  /**
   * Checks a value.
   *
   * @param value the value
   * @throws InvalidSettingsException if not allowed
   */
  protected void validateValue(int value) throws InvalidSettingsException {}

  @Override
  protected void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException {
    int loaded = settings.getInt(configName);
    validateValue(loaded);
    value = loaded;
  }

  @Override
  protected void saveSettingsForModel(NodeSettingsWO settings) {
    settings.addInt(configName, value);
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

  @Override
  String getNumberValueStr() {
    return Integer.toString(value);
  }

  @Override
  void setNumberValueStr(String newValueStr) {
    setIntValue(Integer.parseInt(newValueStr));
  }
}
