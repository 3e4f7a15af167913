package org.knime.core.data;

import java.util.Iterator;

/** Stub: an iterator over rows that cannot remove. */
public abstract class RowIterator implements Iterator<DataRow> {

  /** Creates an iterator. */
  public RowIterator() {}

  @Override
  public abstract boolean hasNext();

  @Override
  public abstract DataRow next();

  @Override
  public final void remove() {
    throw new UnsupportedOperationException("rows cannot be removed");
  }
}
