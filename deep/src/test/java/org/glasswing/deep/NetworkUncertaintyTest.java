package org.glasswing.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.uncertainty.McDropout;
import org.junit.jupiter.api.Test;

class NetworkUncertaintyTest {

  private static final Dataset DATA = DeepData.tabular(200, 3);

  @Test
  void mcDropoutVarianceIsZeroWithDropoutOff() throws Exception {
    DeepNetClassifier plain = DeepData.train(DATA, "-layers 8 -epochs 5".split(" "));
    NetworkModel model = plain.model(DATA.schema());
    assertThat(model.isStochastic()).isFalse();
    List<McDropout.Score> scores =
        McDropout.score(model, DATA.select(new int[] {0, 1, 2}), 20, 1, CancellationToken.NONE);
    double[][] p = model.predict(DATA.select(new int[] {0, 1, 2}).rows());
    for (int r = 0; r < 3; r++) {
      McDropout.Score s = scores.get(r);
      // zero up to the rounding of averaging 20 equal numbers
      assertThat(s.scores().variance()).isLessThan(1e-20);
      assertThat(s.scores().mutualInformation()).isLessThan(1e-12);
      assertThat(s.scores().disagreement()).isZero();
      assertThat(s.scores().meanProbabilities().get(1))
          .isCloseTo(p[r][1], org.assertj.core.api.Assertions.within(1e-5));
    }
  }

  @Test
  void mcDropoutVariesWithDropoutOnAndIsReproducibleForASeed() throws Exception {
    DeepNetClassifier dropout =
        DeepData.train(DATA, "-layers 16 -epochs 5 -dropout 0.5".split(" "));
    NetworkModel model = dropout.model(DATA.schema());
    assertThat(model.isStochastic()).isTrue();
    Dataset rows = DATA.select(new int[] {0, 1, 2, 3, 4});
    List<McDropout.Score> first = McDropout.score(model, rows, 30, 7, CancellationToken.NONE);
    List<McDropout.Score> again = McDropout.score(model, rows, 30, 7, CancellationToken.NONE);
    double total = 0;
    for (int r = 0; r < 5; r++) {
      total += first.get(r).scores().variance();
      assertThat(again.get(r)).isEqualTo(first.get(r));
      assertThat(first.get(r).predictiveEntropy())
          .isGreaterThanOrEqualTo(first.get(r).scores().mutualInformation());
    }
    assertThat(total).isGreaterThan(1e-4);
    // Monte Carlo sampling leaves the trained network as it was.
    assertThat(dropout.model(DATA.schema()).predict(rows.rows())[0])
        .containsExactly(model.predict(rows.rows())[0]);
  }

  @Test
  void theAutoencoderScoresShiftedRowsAboveTheTrainingRows() {
    Autoencoder autoencoder = Autoencoder.fit(DeepData.toWeka(DATA), 60, 2);
    Dataset fresh = DeepData.tabular(50, 77);
    List<double[]> same = new ArrayList<>();
    List<double[]> shifted = new ArrayList<>();
    for (int r = 0; r < fresh.numRows(); r++) {
      same.add(fresh.row(r));
      double[] row = fresh.row(r);
      row[0] += 4; // x1 lives in [-1, 1] in training
      row[2] -= 4;
      shifted.add(row);
    }
    double sameMedian = median(autoencoder.score(same));
    double shiftedMedian = median(autoencoder.score(shifted));
    assertThat(sameMedian).isBetween(20.0, 80.0);
    assertThat(shiftedMedian).isGreaterThanOrEqualTo(99);
  }

  private static double median(List<Autoencoder.Score> scores) {
    double[] p = scores.stream().mapToDouble(Autoencoder.Score::percentile).sorted().toArray();
    return p[p.length / 2];
  }
}
