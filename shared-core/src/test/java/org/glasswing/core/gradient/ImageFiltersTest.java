package org.glasswing.core.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.glasswing.core.data.Dataset;
import org.junit.jupiter.api.Test;

class ImageFiltersTest {

  @Test
  void bilinearUpsamplingOfTwoByTwoFollowsTheHalfPixelConvention() {
    double[] out = ImageFilters.resizeBilinear(new double[] {0, 1, 2, 3}, 2, 2, 4, 4);
    // Output pixel centres map to source positions -0.25, 0.25, 0.75, 1.25 (clamped to [0, 1]).
    assertThat(out)
        .containsExactly(
            new double[] {
              0, 0.25, 0.75, 1, 0.5, 0.75, 1.25, 1.5, 1.5, 1.75, 2.25, 2.5, 2, 2.25, 2.75, 3
            },
            within(1e-12));
  }

  @Test
  void resizingToTheSameSizeIsTheIdentityAndAConstantStaysConstant() {
    double[] map = {3, 1, 4, 1, 5, 9};
    assertThat(ImageFilters.resizeBilinear(map, 2, 3, 2, 3)).containsExactly(map, within(1e-12));
    double[] constant = ImageFilters.resizeBilinear(new double[] {7, 7, 7, 7}, 2, 2, 5, 3);
    assertThat(constant).containsOnly(7.0);
  }

  @Test
  void blurKeepsAConstantImageAndSpreadsAPointSymmetrically() {
    ImageShape shape = new ImageShape(9, 9, 1);
    double[] constant = new double[81];
    java.util.Arrays.fill(constant, 0.3);
    double[] expected = new double[81];
    java.util.Arrays.fill(expected, 0.3);
    assertThat(ImageFilters.gaussianBlur(constant, shape, 1.5))
        .containsExactly(expected, within(1e-12));
    double[] point = new double[81];
    point[shape.index(4, 4, 0)] = 1;
    double[] blurred = ImageFilters.gaussianBlur(point, shape, 1);
    double total = 0;
    for (double v : blurred) {
      total += v;
    }
    assertThat(total).isCloseTo(1, within(1e-9));
    assertThat(blurred[shape.index(3, 4, 0)])
        .isCloseTo(blurred[shape.index(5, 4, 0)], within(1e-15));
    assertThat(blurred[shape.index(4, 4, 0)]).isGreaterThan(blurred[shape.index(4, 5, 0)]);
  }

  @Test
  void imageShapeParsesAndChecksItsSize() {
    assertThat(ImageShape.parse("28x28x1")).isEqualTo(new ImageShape(28, 28, 1));
    assertThat(ImageShape.parse("4X5")).isEqualTo(new ImageShape(4, 5, 1));
    assertThat(new ImageShape(2, 3, 3).index(1, 2, 1)).isEqualTo(16);
    assertThatThrownBy(() -> ImageShape.parse("28x")).hasMessageContaining("HxWxC");
    assertThatThrownBy(() -> ImageShape.parse("0x3x1")).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new ImageShape(4, 4, 1).requireSize(15))
        .hasMessageContaining("4x4x1 has 16 values but the data has 15");
  }

  @Test
  void syntheticImagesDrawTheShapeInsideItsBoxAndDistractorsOutside() {
    SyntheticImages.Images images = SyntheticImages.generate(20, 12, 5, 3, 42);
    Dataset data = images.data();
    ImageShape shape = images.shape();
    for (int r = 0; r < 20; r++) {
      int shapePixels = 0;
      int distractors = 0;
      for (int y = 0; y < 12; y++) {
        for (int x = 0; x < 12; x++) {
          double v = data.value(r, shape.index(y, x, 0));
          if (v == 0.8) {
            assertThat(images.inBox(r, y, x)).isTrue();
            shapePixels++;
          } else if (v == 1.0) {
            assertThat(images.inBox(r, y, x)).isFalse();
            distractors++;
          } else {
            assertThat(v).isBetween(0.0, 0.2);
          }
        }
      }
      assertThat(shapePixels).isEqualTo(r % 3 == 0 ? 16 : r % 3 == 1 ? 9 : 0);
      assertThat(images.hasObject(r)).isEqualTo(r % 3 != 2);
      assertThat(distractors).isEqualTo(3);
      assertThat(data.value(r, 144)).isEqualTo(r % 3);
    }
    assertThat(SyntheticImages.generate(20, 12, 5, 3, 42).data().row(7))
        .containsExactly(data.row(7));
  }
}
