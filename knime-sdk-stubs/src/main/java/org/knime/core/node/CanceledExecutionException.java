package org.knime.core.node;

import org.knime.core.internal.MessageAwareException;

/** Stub: the user cancelled the execution. */
public class CanceledExecutionException extends Exception implements MessageAwareException {

  /** Creates the exception. */
  public CanceledExecutionException() {
    super("Execution canceled");
  }

  /**
   * Creates the exception.
   *
   * @param s the message
   */
  public CanceledExecutionException(String s) {
    super(s);
  }
}
