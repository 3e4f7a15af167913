package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stub: read access to a node's settings. */
public interface NodeSettingsRO extends ConfigRO {}
