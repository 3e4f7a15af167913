package org.knime.core.node.config;

import javax.swing.tree.TreeNode;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/** Stub: read access to a settings tree. */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {

  /**
   * A nested tree.
   *
   * @param key its key
   * @return the nested tree
   * @throws InvalidSettingsException if there is none under the key
   */
  public Config getConfig(String key) throws InvalidSettingsException;
}
