package org.knime.core.node;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stub: the key/value tree a simple model port saves itself to, held in memory. */
public final class ModelContent implements ModelContentRO, ModelContentWO {

  private final NodeSettings store;
  private final Map<String, ModelContent> nested = new LinkedHashMap<>();

  /**
   * Creates an empty content.
   *
   * @param key the tree's key
   */
  public ModelContent(String key) {
    this.store = new NodeSettings(key);
  }

  @Override
  public ModelContentWO addModelContent(String key) {
    ModelContent child = new ModelContent(key);
    nested.put(key, child);
    return child;
  }

  @Override
  public ModelContent getModelContent(String key) throws InvalidSettingsException {
    ModelContent child = nested.get(key);
    if (child == null) {
      throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
    }
    return child;
  }

  @Override
  public String getKey() {
    return store.getKey();
  }

  @Override
  public int getInt(String key) throws InvalidSettingsException {
    return store.getInt(key);
  }

  @Override
  public int getInt(String key, int def) {
    return store.getInt(key, def);
  }

  @Override
  public long getLong(String key) throws InvalidSettingsException {
    return store.getLong(key);
  }

  @Override
  public double getDouble(String key) throws InvalidSettingsException {
    return store.getDouble(key);
  }

  @Override
  public String getString(String key) throws InvalidSettingsException {
    return store.getString(key);
  }

  @Override
  public String getString(String key, String def) {
    return store.getString(key, def);
  }

  @Override
  public boolean getBoolean(String key) throws InvalidSettingsException {
    return store.getBoolean(key);
  }

  @Override
  public boolean containsKey(String key) {
    return store.containsKey(key) || nested.containsKey(key);
  }

  @Override
  public int[] getIntArray(String key) throws InvalidSettingsException {
    return store.getIntArray(key);
  }

  @Override
  public double[] getDoubleArray(String key) throws InvalidSettingsException {
    return store.getDoubleArray(key);
  }

  @Override
  public String[] getStringArray(String key) throws InvalidSettingsException {
    return store.getStringArray(key);
  }

  @Override
  public void addInt(String key, int value) {
    store.addInt(key, value);
  }

  @Override
  public void addLong(String key, long value) {
    store.addLong(key, value);
  }

  @Override
  public void addDouble(String key, double value) {
    store.addDouble(key, value);
  }

  @Override
  public void addString(String key, String value) {
    store.addString(key, value);
  }

  @Override
  public void addBoolean(String key, boolean value) {
    store.addBoolean(key, value);
  }

  @Override
  public void addIntArray(String key, int... values) {
    store.addIntArray(key, values);
  }

  @Override
  public void addDoubleArray(String key, double... values) {
    store.addDoubleArray(key, values);
  }

  @Override
  public void addStringArray(String key, String... values) {
    store.addStringArray(key, values);
  }

  @Override
  public double getDouble(String key, double def) {
    return store.getDouble(key, def);
  }

  @Override
  public boolean getBoolean(String key, boolean def) {
    return store.getBoolean(key, def);
  }
}
