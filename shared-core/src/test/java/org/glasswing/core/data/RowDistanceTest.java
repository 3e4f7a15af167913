package org.glasswing.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowDistanceTest {

  private static final Schema SCHEMA =
      new Schema(
          List.of(
              Feature.numeric("a"),
              Feature.nominal("colour", List.of("red", "green", "blue")),
              Feature.numeric("b"),
              Feature.nominal("class", List.of("no", "yes"))),
          3);

  private static final Dataset DATA =
      new Dataset(
          SCHEMA,
          new double[][] {
            {0, 0, 10, 0}, {4, 1, 10, 1}, {2, 2, 10, 0}, {Double.NaN, 0, 10, 1},
          });

  @Test
  void gowerAveragesRangeScaledNumericAndOverlapNominalTermsAndIgnoresTheTarget() {
    RowDistance gower = RowDistance.gower(DATA);
    // a: |0-2|/4 = 0.5; colour red vs blue = 1; b constant = 0 -> mean 1.5/3
    assertThat(gower.between(DATA.row(0), DATA.row(2))).isCloseTo(0.5, within(1e-12));
    // a missing vs value = 1; colour same = 0; b = 0
    assertThat(gower.between(DATA.row(3), DATA.row(0))).isCloseTo(1.0 / 3, within(1e-12));
    // out-of-range numeric difference is capped at 1
    double[] far = {100, 0, 10, 0};
    assertThat(gower.between(far, DATA.row(0))).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(gower.scale(0)).isEqualTo(4);
  }

  @Test
  void standardisedDividesBySampleStandardDeviationWithoutCap() {
    RowDistance standardised = RowDistance.standardised(DATA);
    // a over {0,4,2}: mean 2, sample sd 2
    assertThat(standardised.scale(0)).isCloseTo(2, within(1e-12));
    double[] far = {100, 0, 10, 0};
    assertThat(standardised.between(far, DATA.row(0))).isCloseTo(50.0 / 3, within(1e-9));
    assertThat(standardised.term(1, 0, 2)).isEqualTo(1);
  }
}
