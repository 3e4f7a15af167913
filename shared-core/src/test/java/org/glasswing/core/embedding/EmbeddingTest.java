package org.glasswing.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.junit.jupiter.api.Test;

class EmbeddingTest {

  @Test
  void pcaRecoversTheDominantDirection() {
    SplittableRandom random = new SplittableRandom(1);
    double[] u = {0.6, 0.8, 0};
    double[][] x = new double[200][3];
    for (double[] row : x) {
      double t = random.nextGaussian() * 10;
      for (int j = 0; j < 3; j++) {
        row[j] = 5 + t * u[j] + random.nextGaussian() * 0.1;
      }
    }
    Pca pca = Pca.fit(x, 2, CancellationToken.NONE);

    double[] first = pca.components()[0];
    assertThat(Math.abs(first[0] * u[0] + first[1] * u[1] + first[2] * u[2])).isGreaterThan(0.9999);
    assertThat(pca.explained().get(0)).isGreaterThan(0.99);
    assertThat(pca.explained().get(0) + pca.explained().get(1)).isLessThanOrEqualTo(1 + 1e-12);
    // the projection on the first component has the variance of t
    double[][] projected = pca.project(x);
    double variance = 0;
    for (double[] p : projected) {
      variance += p[0] * p[0] / (x.length - 1);
    }
    assertThat(Math.sqrt(variance)).isCloseTo(10, within(1.5));
  }

  @Test
  void classicalMdsOfEuclideanDistancesKeepsEveryDistance() {
    SplittableRandom random = new SplittableRandom(2);
    double[][] points = new double[30][2];
    for (double[] p : points) {
      p[0] = random.nextGaussian() * 3;
      p[1] = random.nextGaussian();
    }
    double[][] distances = Distances.euclidean(points);
    Embedding map = ClassicalMds.map(distances, CancellationToken.NONE);

    double[][] recovered = Distances.euclidean(map.coordinates());
    for (int i = 0; i < 30; i++) {
      for (int j = 0; j < 30; j++) {
        assertThat(recovered[i][j]).isCloseTo(distances[i][j], within(1e-6));
      }
    }
    assertThat(map.explained().get(0) + map.explained().get(1)).isCloseTo(1, within(1e-9));
    assertThat(Trustworthiness.score(distances, map.coordinates(), 5)).isCloseTo(1, within(1e-12));
  }

  @Test
  void tsneSeparatesWellSeparatedClustersAndKeepsNeighbours() {
    SplittableRandom random = new SplittableRandom(3);
    double[][] x = new double[60][5];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < 5; j++) {
        x[i][j] = (j == i % 3 ? 10 : 0) + random.nextGaussian();
      }
    }
    double[][] distances = Distances.euclidean(x);
    Embedding map =
        new Tsne(10, 400, 7).map(distances, ProgressListener.NONE, CancellationToken.NONE);
    double[][] y = map.coordinates();

    // every point's nearest neighbour on the map is in its own cluster
    for (int i = 0; i < y.length; i++) {
      int nearest = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < y.length; j++) {
        double d = Trustworthiness.squaredDistance(y[i], y[j]);
        if (j != i && d < best) {
          best = d;
          nearest = j;
        }
      }
      assertThat(nearest % 3).isEqualTo(i % 3);
    }
    assertThat(Trustworthiness.score(distances, y, 5)).isGreaterThan(0.9);
    // the same seed gives the same map
    double[][] again =
        new Tsne(10, 400, 7)
            .map(distances, ProgressListener.NONE, CancellationToken.NONE)
            .coordinates();
    assertThat(again[5][0]).isEqualTo(y[5][0]);
  }

  @Test
  void aRandomMapIsNotTrustworthy() {
    SplittableRandom random = new SplittableRandom(4);
    double[][] x = new double[80][3];
    double[][] y = new double[80][2];
    for (int i = 0; i < 80; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = random.nextGaussian();
      }
      y[i][0] = random.nextGaussian();
      y[i][1] = random.nextGaussian();
    }
    assertThat(Trustworthiness.score(Distances.euclidean(x), y, 5)).isLessThan(0.7);
  }

  @Test
  void featureMatrixStandardisesNumericAndSpreadsNominalColumns() {
    Schema schema =
        new Schema(
            List.of(
                Feature.numeric("a"),
                Feature.nominal("b", List.of("x", "y")),
                Feature.nominal("class", List.of("p", "q"))),
            2);
    Dataset data = new Dataset(schema, new double[][] {{1, 0, 0}, {3, 1, 1}, {Double.NaN, 1, 0}});
    double[][] m = FeatureMatrix.encode(data);
    assertThat(m[0][0]).isCloseTo(-Math.sqrt(0.5), within(1e-12));
    assertThat(m[0][1]).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(m[0][2]).isZero();
    assertThat(m[2][0]).isZero();
  }

  @Test
  void refusesBadSettings() {
    assertThatThrownBy(() -> new Tsne(0, 1000, 1)).isInstanceOf(IllegalArgumentException.class);
    double[][] small = Distances.euclidean(new double[][] {{0}, {1}, {2}, {3}, {4}});
    assertThatThrownBy(
            () -> new Tsne(30, 1000, 1).map(small, ProgressListener.NONE, CancellationToken.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("perplexity");
    assertThatThrownBy(() -> Pca.fit(new double[][] {{1, 2}}, 1, CancellationToken.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
