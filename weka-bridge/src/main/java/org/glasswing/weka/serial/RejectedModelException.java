package org.glasswing.weka.serial;

import java.io.IOException;

/**
 * Thrown when an untrusted model is refused: it holds a class outside the {@link SerialAllowList}
 * or exceeds a {@link SerialLimits} limit. The message says which, in a phrase that completes "the
 * file holds ...".
 */
public final class RejectedModelException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason what was refused
   * @param cause the error the refusal caused in the stream, or null
   */
  public RejectedModelException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
