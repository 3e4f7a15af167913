package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stub: read access to the content of a model port. */
public interface ModelContentRO extends ConfigRO {

  /**
   * A nested content.
   *
   * @param key the key
   * @return the nested content
   * @throws InvalidSettingsException if there is none under the key
   */
  ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
