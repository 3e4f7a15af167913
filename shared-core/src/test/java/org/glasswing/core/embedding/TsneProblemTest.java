package org.glasswing.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsneProblemTest {

  private static Embedding map(double scale) {
    double[][] points = new double[20][];
    for (int i = 0; i < points.length; i++) {
      points[i] = new double[] {scale * Math.cos(i), scale * Math.sin(3 * i)};
    }
    return new Embedding("tsne", points, List.of());
  }

  @Test
  void aCollapsedMapIsCalledSoWhateverItsIterations() {
    assertThat(Tsne.problem(map(1e-17), 1000).orElseThrow()).contains("collapsed");
  }

  @Test
  void aSpreadMapIsSoundOnlyAfterEnoughSettlingIterations() {
    assertThat(Tsne.problem(map(5), 1000)).isEmpty();
    assertThat(Tsne.problem(map(5), 499).orElseThrow()).contains("did not converge");
    assertThat(Tsne.problem(map(5), 500)).isEmpty();
  }
}
