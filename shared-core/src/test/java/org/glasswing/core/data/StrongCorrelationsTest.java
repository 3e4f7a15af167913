package org.glasswing.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrongCorrelationsTest {

  @Test
  void pearsonIsOneForALineMinusOneForADescendingLineAndIgnoresMissingValues() {
    double[] x = {1, 2, 3, 4, Double.NaN};
    assertThat(StrongCorrelations.pearson(x, new double[] {3, 5, 7, 9, 0}))
        .isCloseTo(1, within(1e-12));
    assertThat(StrongCorrelations.pearson(x, new double[] {4, 3, 2, 1, 8}))
        .isCloseTo(-1, within(1e-12));
    assertThat(StrongCorrelations.pearson(x, new double[] {2, 2, 2, 2, 2})).isZero();
  }

  @Test
  void findsTheStronglyCorrelatedNumericPairOnly() {
    Random random = new Random(5);
    int n = 300;
    double[][] rows = new double[n][4];
    for (int i = 0; i < n; i++) {
      double a = random.nextGaussian();
      rows[i][0] = a;
      rows[i][1] = 2 * a + 0.1 * random.nextGaussian(); // r close to 1 with a
      rows[i][2] = random.nextGaussian(); // independent
      rows[i][3] = random.nextInt(2);
    }
    Schema schema =
        new Schema(
            List.of(
                Feature.numeric("a"),
                Feature.numeric("b"),
                Feature.numeric("c"),
                Feature.nominal("y", List.of("no", "yes"))),
            3);

    List<StrongCorrelations.Pair> pairs = StrongCorrelations.of(new Dataset(schema, rows));

    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).first()).isEqualTo("a");
    assertThat(pairs.get(0).second()).isEqualTo("b");
    assertThat(pairs.get(0).r()).isGreaterThan(0.99);
  }
}
