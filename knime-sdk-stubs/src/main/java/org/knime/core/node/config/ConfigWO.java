package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Stub: write access to a settings tree. */
public interface ConfigWO extends ConfigBaseWO {

  /**
   * Adds a nested tree.
   *
   * @param key its key
   * @return the nested tree, to write into
   */
  Config addConfig(String key);
}
