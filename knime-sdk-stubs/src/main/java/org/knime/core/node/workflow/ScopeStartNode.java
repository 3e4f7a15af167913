package org.knime.core.node.workflow;

/**
 * Stub: a node that opens a scope.
 *
 * @param <T> the scope's context type
 */
public interface ScopeStartNode<T extends FlowScopeContext> {}
