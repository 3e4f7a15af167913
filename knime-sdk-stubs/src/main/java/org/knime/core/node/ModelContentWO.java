package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stub: write access to the content of a model port. */
public interface ModelContentWO extends ConfigWO {

  /**
   * Adds a nested content.
   *
   * @param key the key
   * @return the new nested content, to write into
   */
  ModelContentWO addModelContent(String key);
}
