package org.knime.core.node;

import org.knime.core.node.config.Config;

/** Stub: a node's settings, held in memory; the typed accessors are inherited from the config. */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

  private static final long serialVersionUID = 1L;

  /**
   * Creates empty settings.
   *
   * @param key the tree's key
   */
  public NodeSettings(String key) {
    super(key);
  }

  @Override
  public Config getInstance(String key) {
    return new NodeSettings(key);
  }
}
