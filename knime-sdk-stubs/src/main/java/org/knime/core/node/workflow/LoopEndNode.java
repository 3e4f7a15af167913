package org.knime.core.node.workflow;

/** Stub: the tail of a loop. */
public interface LoopEndNode extends ScopeEndNode<FlowLoopContext> {}
