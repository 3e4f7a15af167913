package org.knime.core.node;

import java.util.EventListener;

/** Stub: told when a node model's warning changes (its method is left out). */
public interface NodeModelWarningListener extends EventListener {}
