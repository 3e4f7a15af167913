package org.knime.core.data;

/** Stub: a value that is a row's key. */
public interface RowKeyValue {
  /**
   * The key.
   *
   * @return the key as a string
   */
  String getString();
}
