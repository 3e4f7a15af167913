package org.knime.core.node.workflow;

/** Stub: the context of a scope. */
public class FlowScopeContext extends FlowObject {}
