package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/** Stub: a settings tree that can also hold KNIME's own types (those accessors are left out). */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an empty tree.
   *
   * @param key the tree's key
   */
  protected Config(String key) {
    super(key);
  }

  @Override
  public abstract Config getInstance(String key);

  @Override
  public final Config addConfig(String key) {
    return (Config) addConfigBase(key);
  }

  @Override
  public final Config getConfig(String key) throws InvalidSettingsException {
    if (!(getConfigBase(key) instanceof Config config)) {
      throw new InvalidSettingsException("Config for key \"" + key + "\" is not a config.");
    }
    return config;
  }
}
