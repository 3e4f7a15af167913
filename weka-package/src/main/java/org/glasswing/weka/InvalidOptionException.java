package org.glasswing.weka;

/**
 * An option of a Weka scheme has a value the scheme cannot use. The message is one line that names
 * the option, the bad value, what is allowed and the fix, such as {@code -method bogus: unknown
 * method; use one of auto, tree-shap, ...}. It is unchecked so that bean setters (which Weka's
 * property sheets call) can throw it too.
 */
public class InvalidOptionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String option;
  private final String problem;
  private final String fix;

  /**
   * Creates the exception.
   *
   * @param option the option's command-line name without the dash, such as {@code method}
   * @param value the value given, as the user typed it
   * @param problem what is wrong with it, such as {@code unknown method}
   * @param fix what to give instead, such as {@code use one of auto, tree-shap}; {@code null} when
   *     the problem already says it
   */
  public InvalidOptionException(String option, String value, String problem, String fix) {
    super(format(option, value, problem, fix));
    this.option = option;
    this.problem = problem;
    this.fix = fix;
  }

  /**
   * Creates the exception with the underlying error.
   *
   * @param option the option's command-line name without the dash
   * @param value the value given
   * @param problem what is wrong with it
   * @param fix what to give instead
   * @param cause the underlying error
   */
  public InvalidOptionException(
      String option, String value, String problem, String fix, Throwable cause) {
    super(format(option, value, problem, fix), cause);
    this.option = option;
    this.problem = problem;
    this.fix = fix;
  }

  /**
   * Creates the exception with a message of its own, for problems that concern no single option
   * (such as options nobody knows).
   *
   * @param message the whole message, one line
   */
  public InvalidOptionException(String message) {
    super(oneLine(message));
    this.option = null;
    this.problem = null;
    this.fix = null;
  }

  /**
   * The same problem, showing the value as the user typed it (a setter sees {@code 2.0} where the
   * command line said {@code 2}).
   *
   * @param given the value as typed
   * @return an exception with the typed value, or this one when it names no option
   */
  public InvalidOptionException withValue(String given) {
    if (option == null) {
      return this;
    }
    InvalidOptionException typed = new InvalidOptionException(option, given, problem, fix);
    typed.setStackTrace(getStackTrace());
    return typed;
  }

  private static String format(String option, String value, String problem, String fix) {
    String named = value == null ? "-" + option : "-" + option + " " + value;
    return oneLine(named + ": " + problem + (fix == null ? "" : "; " + fix));
  }

  /**
   * Joins the lines of a text into one line.
   *
   * @param text any text
   * @return the text with line breaks replaced by spaces
   */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
