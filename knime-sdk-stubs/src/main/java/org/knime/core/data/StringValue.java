package org.knime.core.data;

/** Stub: a value readable as a string. */
public interface StringValue extends DataValue {
  /**
   * The value.
   *
   * @return the string value
   */
  String getStringValue();
}
