package org.knime.core.node.port;

/** Stub: the description of what a port carries, known at configure time. */
public interface PortObjectSpec {}
