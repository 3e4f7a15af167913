package org.knime.core.internal;

/** Stub: an exception that carries a KNIME message (its accessor is left out). */
public interface MessageAwareException {}
