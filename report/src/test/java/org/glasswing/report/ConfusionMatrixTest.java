package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  @Test
  void countsCorrectPredictions() {
    ConfusionMatrix matrix = ReportFixtures.confusion();

    assertThat(matrix.total()).isEqualTo(1000);
    assertThat(matrix.correct()).isEqualTo(723);
    assertThat(matrix.accuracy()).isEqualTo(0.723);
    assertThat(matrix.actualTotal(1)).isEqualTo(300);
    assertThat(matrix.predictedTotal(1)).isEqualTo(245);
  }

  @Test
  void copiesItsCounts() {
    double[][] counts = {{1, 2}, {3, 4}};
    ConfusionMatrix matrix = new ConfusionMatrix(List.of("a", "b"), counts);
    counts[0][0] = 100;
    matrix.counts()[0][0] = 100;

    assertThat(matrix.count(0, 0)).isEqualTo(1);
  }

  @Test
  void rejectsMalformedCounts() {
    assertThatThrownBy(() -> new ConfusionMatrix(List.of("a", "b"), new double[][] {{1, 2}}))
        .hasMessageContaining("1 rows but there are 2 labels");
    assertThatThrownBy(() -> new ConfusionMatrix(List.of("a", "b"), new double[][] {{1}, {2, 3}}))
        .hasMessageContaining("row 1");
    assertThatThrownBy(
            () -> new ConfusionMatrix(List.of("a", "b"), new double[][] {{1, -2}, {2, 3}}))
        .hasMessageContaining("-2");
    assertThatThrownBy(
            () -> new ConfusionMatrix(List.of("a", "b"), new double[][] {{0, 0}, {0, 0}}))
        .hasMessageContaining("no rows");
  }
}
