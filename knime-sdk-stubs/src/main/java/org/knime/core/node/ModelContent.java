package org.knime.core.node;

import org.knime.core.node.config.Config;

/** Stub: the key/value tree a simple model port saves itself to, held in memory. */
public final class ModelContent extends Config implements ModelContentRO, ModelContentWO {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an empty content.
   *
   * @param key the tree's key
   */
  public ModelContent(String key) {
    super(key);
  }

  @Override
  public Config getInstance(String key) {
    return new ModelContent(key);
  }

  @Override
  public ModelContentWO addModelContent(String key) {
    return (ModelContent) addConfig(key);
  }

  @Override
  public ModelContent getModelContent(String key) throws InvalidSettingsException {
    if (!(getConfig(key) instanceof ModelContent content)) {
      throw new InvalidSettingsException("Config for key \"" + key + "\" is not a model content.");
    }
    return content;
  }
}
