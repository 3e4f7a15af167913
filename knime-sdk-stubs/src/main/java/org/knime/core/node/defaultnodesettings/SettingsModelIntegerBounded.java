package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** Stub: an int setting within bounds. */
@SuppressWarnings(
    "unchecked") // createClone() overrides <T> T createClone() covariantly, as in KNIME
public class SettingsModelIntegerBounded extends SettingsModelInteger {

  private final int min;
  private final int max;

  /**
   * Creates the setting.
   *
   * @param configName the key
   * @param defaultValue the initial value
   * @param minValue the smallest value allowed
   * @param maxValue the largest value allowed
   */
  public SettingsModelIntegerBounded(
      String configName, int defaultValue, int minValue, int maxValue) {
    super(configName, defaultValue);
    if (defaultValue < minValue || defaultValue > maxValue) {
      throw new IllegalArgumentException("the default value is outside the bounds");
    }
    this.min = minValue;
    this.max = maxValue;
  }

  @Override
  protected SettingsModelIntegerBounded createClone() {
    return new SettingsModelIntegerBounded(getConfigName(), getIntValue(), min, max);
  }

  /**
   * The smallest value allowed.
   *
   * @return the bound
   */
  public int getLowerBound() {
    return min;
  }

  /**
   * The largest value allowed.
   *
   * @return the bound
   */
  public int getUpperBound() {
    return max;
  }

  @Override
  protected void validateValue(int value) throws InvalidSettingsException {
    if (value < min || value > max) {
      throw new InvalidSettingsException(
          "value (=" + value + ") must be within [" + min + ", " + max + "]");
    }
  }

  @Override
  public void setIntValue(int newValue) {
    if (newValue < min || newValue > max) {
      throw new IllegalArgumentException(
          "value (=" + newValue + ") must be within [" + min + ", " + max + "]");
    }
    super.setIntValue(newValue);
  }
}
