package org.knime.core.data;

/** Stub: a value readable as a double. */
public interface DoubleValue extends DataValue {
  /**
   * The value.
   *
   * @return the double value
   */
  double getDoubleValue();
}
