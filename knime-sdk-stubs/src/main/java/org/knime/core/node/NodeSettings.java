package org.knime.core.node;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stub: settings held in memory, keyed by name, each value with its type. */
public final class NodeSettings implements NodeSettingsRO, NodeSettingsWO {

  private final String name;
  private final Map<String, Object> values = new LinkedHashMap<>();

  /**
   * Creates empty settings.
   *
   * @param key the tree's key
   */
  public NodeSettings(String key) {
    this.name = key;
  }

  private <T> T get(String key, Class<T> type) throws InvalidSettingsException {
    Object value = values.get(key);
    if (value == null) {
      if (values.containsKey(key) && type == String.class) {
        return null;
      }
      throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
    }
    if (!type.isInstance(value)) {
      throw new InvalidSettingsException(
          "Config for key \"" + key + "\" is a " + value.getClass().getSimpleName());
    }
    return type.cast(value);
  }

  @Override
  public String getKey() {
    return name;
  }

  @Override
  public int getInt(String key) throws InvalidSettingsException {
    return get(key, Integer.class);
  }

  @Override
  public int getInt(String key, int def) {
    return values.get(key) instanceof Integer i ? i : def;
  }

  @Override
  public long getLong(String key) throws InvalidSettingsException {
    return get(key, Long.class);
  }

  @Override
  public double getDouble(String key) throws InvalidSettingsException {
    return get(key, Double.class);
  }

  @Override
  public String getString(String key) throws InvalidSettingsException {
    return get(key, String.class);
  }

  @Override
  public String getString(String key, String def) {
    return values.get(key) instanceof String s ? s : def;
  }

  @Override
  public boolean getBoolean(String key) throws InvalidSettingsException {
    return get(key, Boolean.class);
  }

  @Override
  public boolean containsKey(String key) {
    return values.containsKey(key);
  }

  @Override
  public void addInt(String key, int value) {
    values.put(key, value);
  }

  @Override
  public void addLong(String key, long value) {
    values.put(key, value);
  }

  @Override
  public void addDouble(String key, double value) {
    values.put(key, value);
  }

  @Override
  public void addString(String key, String value) {
    values.put(key, value);
  }

  @Override
  public void addBoolean(String key, boolean value) {
    values.put(key, value);
  }

  @Override
  public int[] getIntArray(String key) throws InvalidSettingsException {
    return get(key, int[].class).clone();
  }

  @Override
  public double[] getDoubleArray(String key) throws InvalidSettingsException {
    return get(key, double[].class).clone();
  }

  @Override
  public String[] getStringArray(String key) throws InvalidSettingsException {
    String[] values = get(key, String[].class);
    return values == null ? null : values.clone();
  }

  @Override
  public void addIntArray(String key, int... values) {
    this.values.put(key, values.clone());
  }

  @Override
  public void addDoubleArray(String key, double... values) {
    this.values.put(key, values.clone());
  }

  @Override
  public void addStringArray(String key, String... values) {
    this.values.put(key, values == null ? null : values.clone());
  }

  @Override
  public double getDouble(String key, double def) {
    return values.get(key) instanceof Double d ? d : def;
  }

  @Override
  public boolean getBoolean(String key, boolean def) {
    return values.get(key) instanceof Boolean b ? b : def;
  }
}
