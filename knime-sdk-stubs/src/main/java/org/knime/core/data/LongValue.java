package org.knime.core.data;

/** Stub: a value readable as a long. */
public interface LongValue extends DataValue {
  /**
   * The value.
   *
   * @return the long value
   */
  long getLongValue();
}
