package org.knime.core.node.workflow;

/** Stub: the context of a loop. */
public class FlowLoopContext extends FlowScopeContext {}
