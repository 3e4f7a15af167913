package org.glasswing.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoundingTest {

  @Test
  void fourSignificantDigitsReadAsAnAnalystWritesThem() {
    assertThat(Rounding.TERMINAL.format(0.9999999999993235)).isEqualTo("1");
    assertThat(Rounding.TERMINAL.format(1.0000000000000007)).isEqualTo("1");
    assertThat(Rounding.TERMINAL.format(5.9044677734375)).isEqualTo("5.904");
    assertThat(Rounding.TERMINAL.format(3.9159758522813555E-16)).isEqualTo("3.916E-16");
    assertThat(Rounding.TERMINAL.format(-123456.7)).isEqualTo("-123500");
    assertThat(Rounding.TERMINAL.format(0.5007)).isEqualTo("0.5007");
    assertThat(Rounding.TERMINAL.format(0)).isEqualTo("0");
    assertThat(Rounding.TERMINAL.format(Double.NaN)).isEmpty();
    assertThat(Rounding.TERMINAL.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
  }

  @Test
  void fullPrecisionReadsBackAsTheSameDouble() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 1000; i++) {
      double v = random.nextGaussian() * Math.pow(10, random.nextInt(-20, 20));
      assertThat(Double.parseDouble(Rounding.FULL.format(v))).isEqualTo(v);
    }
  }

  @Test
  void roundedTextIsWithinHalfAUnitOfTheLastDigit() {
    SplittableRandom random = new SplittableRandom(5);
    for (int digits = 1; digits <= 8; digits++) {
      Rounding rounding = Rounding.digits(digits);
      for (int i = 0; i < 200; i++) {
        double v = random.nextGaussian() * Math.pow(10, random.nextInt(-12, 12));
        double back = Double.parseDouble(rounding.format(v));
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits + 1);
        assertThat(Math.abs(back - v)).isLessThanOrEqualTo(unit / 2 * (1 + 1e-9));
      }
    }
  }

  @Test
  void aDigitCountOutOfRangeIsRefused() {
    assertThatThrownBy(() -> Rounding.digits(0)).hasMessageContaining("1 to 17");
    assertThatThrownBy(() -> Rounding.digits(18)).hasMessageContaining("1 to 17");
  }
}
