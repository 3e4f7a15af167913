package org.glasswing.core.engine;

/** Thrown when work stops because its {@link CancellationToken} asked it to. */
public class CancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public CancelledException() {
    super("cancelled");
  }
}
