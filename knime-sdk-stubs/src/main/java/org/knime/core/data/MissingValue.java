package org.knime.core.data;

/** Stub: the value of a missing cell. */
public interface MissingValue extends DataValue {}
