package org.knime.core.node.workflow;

/** Stub: the head of a loop. */
public interface LoopStartNode extends ScopeStartNode<FlowLoopContext> {}
