package org.knime.core.data;

/** Stub: a value readable as a complex number (its accessors are left out). */
public interface ComplexNumberValue extends DataValue {}
