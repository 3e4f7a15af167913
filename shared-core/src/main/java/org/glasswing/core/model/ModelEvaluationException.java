package org.glasswing.core.model;

/** Thrown when a model fails to predict a batch of rows. */
public class ModelEvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, in words a user understands
   * @param cause the model's own error
   */
  public ModelEvaluationException(String message, Throwable cause) {
    super(message, cause);
  }
}
