package org.glasswing.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Rows on a line in three dimensions: every projection keeps their neighbourhoods exactly
 * (trustworthiness 1), PCA's first axis shows all the variance, and the map is the one the
 * projection's own call draws.
 */
class RowMapTest {

  private static Dataset line(int rows) {
    Schema schema =
        new Schema(
            List.of(Feature.numeric("a"), Feature.numeric("b"), Feature.numeric("c")),
            Schema.NO_TARGET);
    double[][] x = new double[rows][];
    SplittableRandom random = new SplittableRandom(1);
    for (int r = 0; r < rows; r++) {
      double t = random.nextDouble(-1, 1);
      x[r] = new double[] {t, 2 * t, -t};
    }
    return new Dataset(schema, x);
  }

  private static RowMap.Result map(Dataset data, RowMap.Method method) {
    return RowMap.of(
        data,
        data,
        new RowMap.Settings(method, RowDistance.Kind.GOWER, 5, 250, 3, 4),
        ProgressListener.NONE,
        CancellationToken.NONE);
  }

  @Test
  void aLineKeepsItsNeighboursOnEveryMap() {
    Dataset data = line(30);
    for (RowMap.Method method : List.of(RowMap.Method.PCA, RowMap.Method.MDS)) {
      assertThat(map(data, method).trustworthiness()).as("%s", method).isCloseTo(1, within(1e-9));
    }
    RowMap.Result pca = map(data, RowMap.Method.PCA);
    assertThat(pca.embedding().explained().get(0)).isCloseTo(1, within(1e-9));
    double[][] direct = Pca.map(FeatureMatrix.encode(data), CancellationToken.NONE).coordinates();
    assertThat(pca.embedding().coordinates()).isDeepEqualTo(direct);
  }

  @Test
  void tooFewRowsLeaveTrustworthinessUnmeasuredAndAnUnknownMethodIsNamed() {
    assertThat(map(line(6), RowMap.Method.PCA).trustworthiness()).isNaN();
    assertThatThrownBy(() -> RowMap.Method.parse("umap"))
        .hasMessageContaining("'umap'")
        .hasMessageContaining("pca, mds or tsne");
  }
}
