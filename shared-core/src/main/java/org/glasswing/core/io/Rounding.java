package org.glasswing.core.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are written for people and for tools: to a number of significant digits, or in full
 * (the shortest text that reads back as the same double). One formatter for every face, so a score
 * reads the same on the terminal, in a report and in a rounded CSV file. The CSV and JSON writers
 * of the core ({@link Csv#number}, {@link Json#number}) write with the rounding {@link #inEffect()}
 * on the writing thread, full precision by default.
 *
 * <p>Rounded numbers drop trailing zeros and use plain notation between 1e-4 and 1e9, scientific
 * notation outside it ({@code 3.916E-16}), so a tiny value never reads as 0.
 */
public final class Rounding {

  /** The significant digits people see by default: on the terminal and in reports. */
  public static final int DEFAULT_DIGITS = 4;

  /** Full precision: what tools read. */
  public static final Rounding FULL = new Rounding(0);

  /** Four significant digits. */
  public static final Rounding TERMINAL = new Rounding(DEFAULT_DIGITS);

  /** The largest number of significant digits a double carries. */
  public static final int MAX_DIGITS = 17;

  private static final ThreadLocal<Rounding> IN_EFFECT = ThreadLocal.withInitial(() -> FULL);

  private final int digits;

  private Rounding(int digits) {
    this.digits = digits;
  }

  /**
   * Rounding to a number of significant digits.
   *
   * @param digits from 1 to {@value #MAX_DIGITS}
   * @return the rounding
   * @throws IllegalArgumentException for a count out of range
   */
  public static Rounding digits(int digits) {
    if (digits < 1 || digits > MAX_DIGITS) {
      throw new IllegalArgumentException(
          "the number of significant digits must be 1 to " + MAX_DIGITS + ", got " + digits);
    }
    return digits == DEFAULT_DIGITS ? TERMINAL : new Rounding(digits);
  }

  /**
   * The significant digits kept.
   *
   * @return the count, or 0 for full precision
   */
  public int significantDigits() {
    return digits;
  }

  /**
   * Whether numbers are written in full.
   *
   * @return true for full precision
   */
  public boolean isFull() {
    return digits == 0;
  }

  /**
   * A number as text: empty for NaN, {@code Infinity}/{@code -Infinity} for infinities.
   *
   * @param value the number
   * @return the text
   */
  public String format(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value) || digits == 0) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded =
        new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    rounded = rounded.stripTrailingZeros();
    double magnitude = Math.abs(rounded.doubleValue());
    if (magnitude >= 1e-4 && magnitude < 1e9) {
      return rounded.toPlainString();
    }
    String text = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "E", value);
    int e = text.indexOf('E');
    String mantissa = text.substring(0, e);
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    String exponent = text.substring(e + 1);
    exponent = exponent.startsWith("+") ? exponent.substring(1) : exponent;
    exponent = exponent.replaceFirst("^(-?)0+(\\d)", "$1$2");
    return mantissa + "E" + exponent;
  }

  /**
   * The rounding {@link Csv#number} and {@link Json#number} use on this thread: {@link #FULL}
   * unless a face set another one around writing its output with {@link #within}.
   *
   * @return the rounding in effect
   */
  public static Rounding inEffect() {
    return IN_EFFECT.get();
  }

  /**
   * Runs some work with a rounding in effect on this thread (the output of one command), then
   * restores the previous one.
   *
   * @param rounding the rounding
   * @param work what to run
   * @param <T> its result
   * @return its result
   * @throws Exception whatever the work throws
   */
  public static <T> T within(Rounding rounding, java.util.concurrent.Callable<T> work)
      throws Exception {
    Rounding before = IN_EFFECT.get();
    IN_EFFECT.set(rounding);
    try {
      return work.call();
    } finally {
      IN_EFFECT.set(before);
    }
  }
}
