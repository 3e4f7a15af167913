package org.knime.core.node.config.base;

/** Stub: typed write access to settings by key. */
public interface ConfigBaseWO {
  /**
   * Adds an int.
   *
   * @param key the key
   * @param value the value
   */
  public void addInt(String key, int value);

  /**
   * Adds a long.
   *
   * @param key the key
   * @param value the value
   */
  public void addLong(String key, long value);

  /**
   * Adds a double.
   *
   * @param key the key
   * @param value the value
   */
  public void addDouble(String key, double value);

  /**
   * Adds a string.
   *
   * @param key the key
   * @param value the value
   */
  public void addString(String key, String value);

  /**
   * Adds a boolean.
   *
   * @param key the key
   * @param value the value
   */
  public void addBoolean(String key, boolean value);

  /**
   * Adds an int array.
   *
   * @param key the key
   * @param values the values
   */
  public void addIntArray(String key, int... values);

  /**
   * Adds a double array.
   *
   * @param key the key
   * @param values the values
   */
  public void addDoubleArray(String key, double... values);

  /**
   * Adds a string array.
   *
   * @param key the key
   * @param values the values
   */
  public void addStringArray(String key, String... values);
}
