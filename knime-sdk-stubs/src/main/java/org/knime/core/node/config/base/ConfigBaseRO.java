package org.knime.core.node.config.base;

import org.knime.core.node.InvalidSettingsException;

/** Stub: typed read access to settings by key. */
public interface ConfigBaseRO extends Iterable<String> {
  /**
   * The tree's key.
   *
   * @return the key
   */
  public String getKey();

  /**
   * An int.
   *
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  public int getInt(String key) throws InvalidSettingsException;

  /**
   * An int, or a default.
   *
   * @param key the key
   * @param def the default
   * @return the value
   */
  public int getInt(String key, int def);

  /**
   * A long.
   *
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  public long getLong(String key) throws InvalidSettingsException;

  /**
   * A double.
   *
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  public double getDouble(String key) throws InvalidSettingsException;

  /**
   * A string.
   *
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  public String getString(String key) throws InvalidSettingsException;

  /**
   * A string, or a default.
   *
   * @param key the key
   * @param def the default
   * @return the value
   */
  public String getString(String key, String def);

  /**
   * A boolean.
   *
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  public boolean getBoolean(String key) throws InvalidSettingsException;

  /**
   * Whether the key is present.
   *
   * @param key the key
   * @return true if present
   */
  public boolean containsKey(String key);

  /**
   * An int array.
   *
   * @param key the key
   * @return the values
   * @throws InvalidSettingsException if the key is missing or of another type
   */
  public int[] getIntArray(String key) throws InvalidSettingsException;

  /**
   * A double array.
   *
   * @param key the key
   * @return the values
   * @throws InvalidSettingsException if the key is missing or of another type
   */
  public double[] getDoubleArray(String key) throws InvalidSettingsException;

  /**
   * A string array.
   *
   * @param key the key
   * @return the values
   * @throws InvalidSettingsException if the key is missing or of another type
   */
  public String[] getStringArray(String key) throws InvalidSettingsException;

  /**
   * A double, or a default.
   *
   * @param key the key
   * @param def the default
   * @return the value, or the default when missing or of another type
   */
  public double getDouble(String key, double def);

  /**
   * A boolean, or a default.
   *
   * @param key the key
   * @param def the default
   * @return the value, or the default when missing or of another type
   */
  public boolean getBoolean(String key, boolean def);
}
