package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stub: write access to a node's settings. */
public interface NodeSettingsWO extends ConfigWO {}
