package org.knime.core.node.workflow;

/** Stub: an object on a node's flow stack (package-private, as in KNIME). */
abstract class FlowObject implements Cloneable {}
