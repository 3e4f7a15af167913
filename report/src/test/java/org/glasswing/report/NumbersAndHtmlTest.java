package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersAndHtmlTest {

  @Test
  void escapesEveryHtmlSpecialCharacter() {
    assertThat(Html.escape("<script>alert('x & \"y\"')</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;");
    assertThat(Html.escape("0<=X<200")).isEqualTo("0&lt;=X&lt;200");
    assertThat(Html.escape("plain")).isEqualTo("plain");
  }

  @Test
  void formatsWithThreeSignificantDigits() {
    assertThat(Numbers.format(0.82345)).isEqualTo("0.823");
    assertThat(Numbers.format(0.7)).isEqualTo("0.7");
    assertThat(Numbers.format(5.0)).isEqualTo("5");
    assertThat(Numbers.format(12.345)).isEqualTo("12.3");
    assertThat(Numbers.format(1234.5)).isEqualTo("1235");
    assertThat(Numbers.format(1200)).isEqualTo("1200");
    assertThat(Numbers.format(-0.004123)).isEqualTo("-0.00412");
    assertThat(Numbers.format(-0.0000001)).isEqualTo("0");
    assertThat(Numbers.format(Double.NaN)).isEqualTo(Numbers.NONE);
    assertThat(Numbers.signed(0.125, 2)).isEqualTo("+0.13");
    assertThat(Numbers.signed(-0.05)).isEqualTo("-0.05");
  }

  @Test
  void formatsCountsAndPercentages() {
    assertThat(Numbers.count(700)).isEqualTo("700");
    assertThat(Numbers.count(12.5)).isEqualTo("12.50");
    assertThat(Numbers.percent(0.7234)).isEqualTo("72.3%");
  }
}
