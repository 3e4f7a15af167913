package org.knime.core.data;

/** Stub: the marker of a value from a finite set of categories. */
public interface NominalValue extends DataValue {}
