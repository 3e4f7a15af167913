package org.knime.core.data.convert.map;

/** Stub: a type with an identifier (its accessor is left out). */
public interface IdentifiableType {}
