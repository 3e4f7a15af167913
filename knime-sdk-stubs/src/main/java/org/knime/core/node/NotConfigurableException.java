package org.knime.core.node;

/** Stub: a dialog cannot be opened with the current input. */
public class NotConfigurableException extends Exception {

  /**
   * Creates the exception.
   *
   * @param message the message
   */
  public NotConfigurableException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param cause the cause
   */
  public NotConfigurableException(String message, Throwable cause) {
    super(message, cause);
  }
}
