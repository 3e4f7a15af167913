package org.knime.core.data.container;

/** Stub: a row sink that can flush what it buffers (its method is left out). */
public interface RowFlushable {}
