package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** Stub: a double setting within bounds. */
@SuppressWarnings(
    "unchecked") // createClone() overrides <T> T createClone() covariantly, as in KNIME
public class SettingsModelDoubleBounded extends SettingsModelDouble {

  private final double min;
  private final double max;

  /**
   * Creates the setting.
   *
   * @param configName the key
   * @param defaultValue the initial value
   * @param minValue the smallest value allowed
   * @param maxValue the largest value allowed
   */
  public SettingsModelDoubleBounded(
      String configName, double defaultValue, double minValue, double maxValue) {
    super(configName, defaultValue);
    if (defaultValue < minValue || defaultValue > maxValue) {
      throw new IllegalArgumentException("the default value is outside the bounds");
    }
    this.min = minValue;
    this.max = maxValue;
  }

  @Override
  protected SettingsModelDoubleBounded createClone() {
    return new SettingsModelDoubleBounded(getConfigName(), getDoubleValue(), min, max);
  }

  /**
   * The smallest value allowed.
   *
   * @return the bound
   */
  public double getLowerBound() {
    return min;
  }

  /**
   * The largest value allowed.
   *
   * @return the bound
   */
  public double getUpperBound() {
    return max;
  }

  @Override
  protected void validateValue(double value) throws InvalidSettingsException {
    if (value < min || value > max) {
      throw new InvalidSettingsException(
          "value (=" + value + ") must be within [" + min + ", " + max + "]");
    }
  }

  @Override
  public void setDoubleValue(double newValue) {
    if (newValue < min || newValue > max) {
      throw new IllegalArgumentException(
          "value (=" + newValue + ") must be within [" + min + ", " + max + "]");
    }
    super.setDoubleValue(newValue);
  }
}
