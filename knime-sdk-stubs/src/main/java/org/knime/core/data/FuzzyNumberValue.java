package org.knime.core.data;

/** Stub: a value readable as a fuzzy number (its accessors are left out). */
public interface FuzzyNumberValue extends DataValue {}
