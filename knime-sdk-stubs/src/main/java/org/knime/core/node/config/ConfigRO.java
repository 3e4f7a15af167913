package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseRO;

/** Stub: read access to a settings tree. */
public interface ConfigRO extends ConfigBaseRO {}
