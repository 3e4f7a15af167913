package org.knime.core.node;

/** Stub: settings or input specs a node cannot work with. */
public class InvalidSettingsException extends Exception {

  /**
   * Creates the exception.
   *
   * @param s the message
   */
  public InvalidSettingsException(String s) {
    super(s);
  }

  /**
   * Creates the exception.
   *
   * @param cause the cause
   */
  public InvalidSettingsException(Throwable cause) {
    super(cause);
  }

  /**
   * Creates the exception.
   *
   * @param msg the message
   * @param cause the cause
   */
  public InvalidSettingsException(String msg, Throwable cause) {
    super(msg, cause);
  }
}
