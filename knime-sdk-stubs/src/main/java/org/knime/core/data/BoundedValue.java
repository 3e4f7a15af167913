package org.knime.core.data;

/** Stub: a value with an order, for domain bounds. */
public interface BoundedValue extends DataValue {}
