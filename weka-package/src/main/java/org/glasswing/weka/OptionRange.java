package org.glasswing.weka;

/**
 * Range checks for the numeric options of the Weka schemes, each failing with an {@link
 * InvalidOptionException} that names the option, the value, the range and an example of a valid
 * value. The setters call them, so the command line, the GUI's property sheets and the Knowledge
 * Flow refuse the same values with the same message.
 */
public final class OptionRange {

  private OptionRange() {}

  /**
   * Checks that a whole-number option is at least a minimum.
   *
   * @param option the option's name without the dash, such as {@code budget}
   * @param value the value
   * @param minimum the smallest allowed value
   * @param meaning what the option counts, for the message, such as {@code coalitions per instance}
   * @param example a valid value to suggest
   * @return the value
   * @throws InvalidOptionException if the value is below the minimum
   */
  public static int atLeast(String option, int value, int minimum, String meaning, int example) {
    if (value < minimum) {
      throw new InvalidOptionException(
          option,
          Integer.toString(value),
          "must be at least " + minimum + " (" + meaning + ")",
          "use for example -" + option + " " + example);
    }
    return value;
  }

  /**
   * Checks that a level or a share lies strictly between 0 and 1.
   *
   * @param option the option's name without the dash, such as {@code alpha}
   * @param value the value
   * @param meaning what the value is, for the message
   * @param example a valid value to suggest
   * @return the value
   * @throws InvalidOptionException if the value is not in (0, 1)
   */
  public static double betweenZeroAndOne(
      String option, double value, String meaning, String example) {
    if (!(value > 0 && value < 1)) {
      throw new InvalidOptionException(
          option,
          Double.toString(value),
          "must be between 0 and 1, both excluded (" + meaning + ")",
          "use for example -" + option + " " + example);
    }
    return value;
  }

  /**
   * Checks that a folds option is 0 (no cross-validation) or at least 2.
   *
   * @param option the option's name without the dash
   * @param value the value
   * @return the value
   * @throws InvalidOptionException if the value is negative or 1
   */
  public static int zeroOrFolds(String option, int value) {
    if (value < 0 || value == 1) {
      throw new InvalidOptionException(
          option,
          Integer.toString(value),
          "must be 0 (a held-out split) or at least 2 folds",
          "use -" + option + " 0 or for example -" + option + " 5");
    }
    return value;
  }

  /**
   * Checks that an option that takes an object was given one.
   *
   * @param <T> the type of the value
   * @param option the option's name without the dash
   * @param value the value
   * @param example a valid value to suggest
   * @return the value
   * @throws InvalidOptionException if the value is {@code null}
   */
  public static <T> T given(String option, T value, String example) {
    if (value == null) {
      throw new InvalidOptionException(
          option, null, "no value given", "use for example -" + option + " " + example);
    }
    return value;
  }
}
