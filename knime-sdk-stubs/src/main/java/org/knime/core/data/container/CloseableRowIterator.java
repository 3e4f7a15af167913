package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Iterator;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

/** Stub: a row iterator that holds resources until closed. */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

  /** Creates an iterator. */
  public CloseableRowIterator() {}

  /**
   * An iterator over the given rows.
   *
   * @param iterator the rows
   * @return a closeable iterator
   */
  public static CloseableRowIterator from(Iterator<? extends DataRow> iterator) {
    return new CloseableRowIterator() {
      @Override
      public boolean hasNext() {
        return iterator.hasNext();
      }

      @Override
      public DataRow next() {
        return iterator.next();
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public abstract void close();
}
