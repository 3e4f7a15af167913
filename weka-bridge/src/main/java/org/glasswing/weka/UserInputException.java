package org.glasswing.weka;

/**
 * Thrown when the user's input cannot be used: a missing or unreadable file, an unsupported
 * attribute, an unknown classifier, a row range outside the data. The message is one plain sentence
 * meant to be shown to the user as it is.
 */
public class UserInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, in words the user can act on
   */
  public UserInputException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the underlying error.
   *
   * @param message what is wrong, in words the user can act on
   * @param cause the underlying error
   */
  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
