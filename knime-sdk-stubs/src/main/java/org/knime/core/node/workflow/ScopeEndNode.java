package org.knime.core.node.workflow;

/**
 * Stub: a node that closes a scope.
 *
 * @param <T> the scope's context type
 */
public interface ScopeEndNode<T extends FlowScopeContext> {}
