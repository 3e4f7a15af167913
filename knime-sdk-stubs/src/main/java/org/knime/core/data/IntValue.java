package org.knime.core.data;

/** Stub: a value readable as an int. */
public interface IntValue extends DataValue {
  /**
   * The value.
   *
   * @return the int value
   */
  int getIntValue();
}
