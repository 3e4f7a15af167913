package org.knime.core.data;

/** Stub: the marker of every value a cell can hold. */
public interface DataValue {}
