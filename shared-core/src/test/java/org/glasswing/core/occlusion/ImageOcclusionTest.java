package org.glasswing.core.occlusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class ImageOcclusionTest {

  private static final ImageShape SHAPE = new ImageShape(4, 4, 1);
  private static final Schema SCHEMA = Data.numericRegression(16);

  private static double f(double[] row) {
    double sum = 0;
    for (int i = 0; i < 16; i++) {
      sum += (i + 1) * row[i];
    }
    return sum;
  }

  private static final FunctionModel MODEL =
      FunctionModel.regression(SCHEMA, ImageOcclusionTest::f);

  private static Dataset image() {
    double[] row = new double[17];
    for (int i = 0; i < 16; i++) {
      row[i] = 0.1 * (i % 5) + 0.2;
    }
    return new Dataset(SCHEMA, new double[][] {row});
  }

  @Test
  void nonOverlappingPatchesGiveEachPixelItsPatchsDrop() {
    Dataset data = image();
    double[] x = data.row(0);
    Explanation e =
        new ImageOcclusion(SHAPE, 2, 2, 0)
            .explain(
                MODEL,
                data,
                TargetSelection.predicted(),
                EvaluationEngine.defaults().withThreads(2))
            .get(0);
    // the patch at (2, 0) covers pixels 8, 9, 12, 13
    double drop = 9 * x[8] + 10 * x[9] + 13 * x[12] + 14 * x[13];
    for (int i : new int[] {8, 9, 12, 13}) {
      assertThat(e.attribution(i)).isCloseTo(drop, within(1e-12));
    }
    assertThat(e.prediction()).isCloseTo(f(x), within(1e-12));
  }

  @Test
  void overlappingPatchesAverageTheDropsThatCoverAPixel() {
    Dataset data = image();
    double[] x = data.row(0);
    Explanation e =
        new ImageOcclusion(SHAPE, 2, 1, 0.5)
            .explain(MODEL, data, TargetSelection.predicted(), EvaluationEngine.defaults())
            .get(0);
    // pixel (1, 1) = 5 is covered by the patches at (0,0), (0,1), (1,0), (1,1)
    double sum = 0;
    for (int[] corner : new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}) {
      for (int dy = 0; dy < 2; dy++) {
        for (int dx = 0; dx < 2; dx++) {
          int i = (corner[0] + dy) * 4 + corner[1] + dx;
          sum += (i + 1) * (x[i] - 0.5);
        }
      }
    }
    assertThat(e.attribution(5)).isCloseTo(sum / 4, within(1e-12));
    // the corner pixel is covered by one patch only
    double corner = 1 * (x[0] - 0.5) + 2 * (x[1] - 0.5) + 5 * (x[4] - 0.5) + 6 * (x[5] - 0.5);
    assertThat(e.attribution(0)).isCloseTo(corner, within(1e-12));
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new ImageOcclusion(SHAPE, 5, 1, 0))
        .hasMessageContaining("from 1 to 4");
    assertThatThrownBy(() -> new ImageOcclusion(SHAPE, 2, 0, 0)).hasMessageContaining("stride");
    assertThatThrownBy(
            () ->
                new ImageOcclusion(new ImageShape(3, 3, 1), 2, 1, 0)
                    .explain(
                        MODEL, image(), TargetSelection.predicted(), EvaluationEngine.defaults()))
        .hasMessageContaining("3x3x1 has 9 values but the data has 16");
  }
}
