package org.glasswing.weka.cli;

import org.glasswing.core.io.Rounding;
import org.glasswing.weka.UserInputException;

/**
 * A command without {@link CommonOptions} that still takes {@code --digits}: {@link
 * CheckedExecution} runs it with the {@link Rounding} it asks for.
 */
interface DigitsChoice {

  /**
   * The rounding of the command's numbers.
   *
   * @return the rounding
   * @throws UserInputException for a digit count out of range
   */
  Rounding rounding();

  /**
   * The rounding {@code --digits} asks for: that many significant digits when given; otherwise four
   * on an interactive terminal and full precision into a file or a pipe.
   *
   * @param digits the digits given, or {@code null}
   * @param toFile whether the output goes to a file named on the command line
   * @return the rounding
   * @throws UserInputException for a digit count out of range
   */
  static Rounding of(Integer digits, boolean toFile) {
    if (digits != null) {
      if (digits < 1 || digits > Rounding.MAX_DIGITS) {
        throw new UserInputException(
            "--digits must be 1 to " + Rounding.MAX_DIGITS + ", got " + digits);
      }
      return Rounding.digits(digits);
    }
    return !toFile && System.console() != null ? Rounding.TERMINAL : Rounding.FULL;
  }
}
