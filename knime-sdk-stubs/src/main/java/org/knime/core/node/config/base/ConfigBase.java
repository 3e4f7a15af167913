package org.knime.core.node.config.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knime.core.node.InvalidSettingsException;

/**
 * Stub: a settings tree held in memory, keyed by name, each value with its type; nested trees are
 * made by {@link #getInstance(String)}. The typed accessors live here, as in KNIME, and every
 * settings class inherits them.
 */
public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

  private static final long serialVersionUID = 1L;

  private final Map<String, Object> values = new LinkedHashMap<>();

  /**
   * Creates an empty tree.
   *
   * @param key the tree's key
   */
  public ConfigBase(String key) {
    super(key);
  }

  /**
   * A new, empty tree of the same kind.
   *
   * @param key its key
   * @return the tree
   */
  public abstract ConfigBase getInstance(String key);

  /**
   * Adds a nested tree of the same kind.
   *
   * @param key its key
   * @return the nested tree, to write into
   */
  public final ConfigBase addConfigBase(String key) {
    ConfigBase child = getInstance(key);
    child.setParent(this);
    values.put(key, child);
    return child;
  }

  /**
   * A nested tree.
   *
   * @param key its key
   * @return the nested tree
   * @throws InvalidSettingsException if there is none under the key
   */
  public final ConfigBase getConfigBase(String key) throws InvalidSettingsException {
    return get(key, ConfigBase.class);
  }

  private <T> T get(String key, Class<T> type) throws InvalidSettingsException {
    Object value = values.get(key);
    if (value == null) {
      if (values.containsKey(key) && (type == String.class || type == String[].class)) {
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

  private <T> T orDefault(String key, Class<T> type, T def) {
    Object value = values.get(key);
    return type.isInstance(value) ? type.cast(value) : def;
  }

  @Override
  public int getInt(String key) throws InvalidSettingsException {
    return get(key, Integer.class);
  }

  @Override
  public int getInt(String key, int def) {
    return orDefault(key, Integer.class, def);
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
  public double getDouble(String key, double def) {
    return orDefault(key, Double.class, def);
  }

  @Override
  public String getString(String key) throws InvalidSettingsException {
    return get(key, String.class);
  }

  @Override
  public String getString(String key, String def) {
    return orDefault(key, String.class, def);
  }

  @Override
  public boolean getBoolean(String key) throws InvalidSettingsException {
    return get(key, Boolean.class);
  }

  @Override
  public boolean getBoolean(String key, boolean def) {
    return orDefault(key, Boolean.class, def);
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
    String[] array = get(key, String[].class);
    return array == null ? null : array.clone();
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

  /**
   * The keys, in the order they were added.
   *
   * @return the keys
   */
  public Set<String> keySet() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(values.keySet()));
  }

  @Override
  public final Iterator<String> iterator() {
    return keySet().iterator();
  }

  private List<ConfigBase> nestedConfigs() {
    List<ConfigBase> nested = new ArrayList<>();
    for (Object value : values.values()) {
      if (value instanceof ConfigBase c) {
        nested.add(c);
      }
    }
    return nested;
  }

  @Override
  public javax.swing.tree.TreeNode getChildAt(int childIndex) {
    return nestedConfigs().get(childIndex);
  }

  @Override
  public int getChildCount() {
    return nestedConfigs().size();
  }

  @Override
  public int getIndex(javax.swing.tree.TreeNode node) {
    return nestedConfigs().indexOf(node);
  }
}
