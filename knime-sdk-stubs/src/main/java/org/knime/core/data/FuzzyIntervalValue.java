package org.knime.core.data;

/** Stub: a value readable as a fuzzy interval (its accessors are left out). */
public interface FuzzyIntervalValue extends DataValue {}
