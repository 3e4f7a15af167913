package org.glasswing.core.gradient;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * Generates grey images whose class is decided by one shape drawn at a random position, so the true
 * evidence region of every image is known: a hollow square ({@code square}) or a plus sign ({@code
 * plus}), each filling a {@code shapeSize}×{@code shapeSize} box of value 0.8, on a background of
 * uniform noise in [0, 0.2]. A few single distractor pixels of value 1 (brighter than the shape)
 * are scattered outside the box, so that "the brightest pixel" does not point at the object. Pixel
 * attributes are named {@code p_y_x} in {@link ImageShape} order and the class is the last
 * attribute. Deterministic for a seed.
 */
public final class SyntheticImages {

  /** The class labels, in order. */
  public static final List<String> LABELS = List.of("square", "plus", "none");

  private SyntheticImages() {}

  /**
   * Generated images with their evidence boxes.
   *
   * @param data the rows: pixels, then the class
   * @param shape the image shape
   * @param boxes per row, the object's box {@code {top, left, bottom, right}} (inclusive), or
   *     {@code null} for an image of class {@code none}
   */
  public record Images(Dataset data, ImageShape shape, int[][] boxes) {

    /**
     * Whether a row shows a shape.
     *
     * @param row the row
     * @return false for class {@code none}
     */
    public boolean hasObject(int row) {
      return boxes[row] != null;
    }

    /**
     * Whether a pixel lies in a row's evidence box.
     *
     * @param row the row
     * @param y the pixel row
     * @param x the pixel column
     * @return true inside the box
     */
    public boolean inBox(int row, int y, int x) {
      int[] b = boxes[row];
      return b != null && y >= b[0] && y <= b[2] && x >= b[1] && x <= b[3];
    }
  }

  /**
   * Generates images, the classes taking turns (square, plus, none, square, ...).
   *
   * @param count the number of images, at least 1
   * @param size the images' height and width, at least {@code shapeSize + 2}
   * @param shapeSize the shape's side, odd and at least 3
   * @param distractors the number of distractor pixels per image, at least 0
   * @param seed the seed
   * @return the images
   * @throws IllegalArgumentException if a size is out of range
   */
  public static Images generate(int count, int size, int shapeSize, int distractors, long seed) {
    if (count < 1 || shapeSize < 3 || shapeSize % 2 == 0 || size < shapeSize + 2) {
      throw new IllegalArgumentException(
          "need at least one image, an odd shape size of at least 3 and an image at least 2"
              + " pixels wider than the shape");
    }
    if (distractors < 0) {
      throw new IllegalArgumentException("distractors must be 0 or more, got " + distractors);
    }
    ImageShape shape = new ImageShape(size, size, 1);
    List<Feature> features = new ArrayList<>();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        features.add(Feature.numeric("p_" + y + "_" + x));
      }
    }
    features.add(Feature.nominal("class", LABELS));
    Schema schema = new Schema(features, features.size() - 1);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[count][shape.size() + 1];
    int[][] boxes = new int[count][];
    int mid = shapeSize / 2;
    for (int r = 0; r < count; r++) {
      double[] row = rows[r];
      for (int i = 0; i < shape.size(); i++) {
        row[i] = 0.2 * random.nextDouble();
      }
      int top = random.nextInt(size - shapeSize + 1);
      int left = random.nextInt(size - shapeSize + 1);
      int label = r % 3;
      for (int dy = 0; label < 2 && dy < shapeSize; dy++) {
        for (int dx = 0; dx < shapeSize; dx++) {
          boolean on =
              label == 0
                  ? dy == 0 || dx == 0 || dy == shapeSize - 1 || dx == shapeSize - 1
                  : dy == mid || dx == mid;
          if (on) {
            row[shape.index(top + dy, left + dx, 0)] = 0.8;
          }
        }
      }
      int placed = 0;
      while (placed < distractors) {
        int y = random.nextInt(size);
        int x = random.nextInt(size);
        if (label < 2
            && y >= top - 1
            && y <= top + shapeSize
            && x >= left - 1
            && x <= left + shapeSize) {
          continue;
        }
        row[shape.index(y, x, 0)] = 1.0;
        placed++;
      }
      row[shape.size()] = label;
      boxes[r] =
          label < 2 ? new int[] {top, left, top + shapeSize - 1, left + shapeSize - 1} : null;
    }
    return new Images(new Dataset(schema, rows), shape, boxes);
  }
}
