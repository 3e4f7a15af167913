package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: a double setting. */
@SuppressWarnings(
    "unchecked") // createClone() overrides <T> T createClone() covariantly, as in KNIME
public class SettingsModelDouble extends SettingsModelNumber
    implements SettingsModelFlowVariableCompatible {

  private final String configName;
  private double value;

  /**
   * Creates the setting.
   *
   * @param configName the key
   * @param defaultValue the initial value
   */
  public SettingsModelDouble(String configName, double defaultValue) {
    this.configName = configName;
    this.value = defaultValue;
  }

  @Override
  protected SettingsModelDouble createClone() {
    return new SettingsModelDouble(configName, value);
  }

  @Override
  protected String getModelTypeID() {
    return "SMID_double";
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
  public void setDoubleValue(double newValue) {
    value = newValue;
  }

  /**
   * The value.
   *
   * @return the value
   */
  public double getDoubleValue() {
    return value;
  }

  @Override
  protected void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException {
    value = settings.getDouble(configName, value);
  }

  @Override
  protected void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException {
    saveSettingsForModel(settings);
  }

  @Override
  protected void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException {
    validateValue(settings.getDouble(configName));
  }

  /**
   * Checks a value.
   *
   * @param value the value
   * @throws InvalidSettingsException if not allowed
   */
  protected void validateValue(double value) throws InvalidSettingsException {}

  @Override
  protected void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException {
    double loaded = settings.getDouble(configName);
    validateValue(loaded);
    value = loaded;
  }

  @Override
  protected void saveSettingsForModel(NodeSettingsWO settings) {
    settings.addDouble(configName, value);
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
    return Double.toString(value);
  }

  @Override
  void setNumberValueStr(String newValueStr) {
    setDoubleValue(Double.parseDouble(newValueStr));
  }
}
