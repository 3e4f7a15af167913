package org.glasswing.core.gradient;

/** Small image operations on flattened images: Gaussian blur and bilinear resizing. */
public final class ImageFilters {

  private ImageFilters() {}

  /**
   * Blurs every channel of an image with a separable Gaussian kernel (radius 3 sigma), repeating
   * the edge pixels beyond the border.
   *
   * @param image values in {@link ImageShape} order
   * @param shape the image's shape
   * @param sigma the kernel's standard deviation in pixels, above 0
   * @return the blurred image, same order
   */
  public static double[] gaussianBlur(double[] image, ImageShape shape, double sigma) {
    shape.requireSize(image.length);
    int radius = Math.max(1, (int) Math.ceil(3 * sigma));
    double[] kernel = new double[2 * radius + 1];
    double total = 0;
    for (int k = -radius; k <= radius; k++) {
      kernel[k + radius] = Math.exp(-k * k / (2 * sigma * sigma));
      total += kernel[k + radius];
    }
    for (int k = 0; k < kernel.length; k++) {
      kernel[k] /= total;
    }
    int h = shape.height();
    int w = shape.width();
    int channels = shape.channels();
    double[] rows = new double[image.length];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double sum = 0;
          for (int k = -radius; k <= radius; k++) {
            int xx = Math.min(w - 1, Math.max(0, x + k));
            sum += kernel[k + radius] * image[shape.index(y, xx, c)];
          }
          rows[shape.index(y, x, c)] = sum;
        }
      }
    }
    double[] out = new double[image.length];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double sum = 0;
          for (int k = -radius; k <= radius; k++) {
            int yy = Math.min(h - 1, Math.max(0, y + k));
            sum += kernel[k + radius] * rows[shape.index(yy, x, c)];
          }
          out[shape.index(y, x, c)] = sum;
        }
      }
    }
    return out;
  }

  /**
   * Resizes a one-channel map bilinearly, treating pixels as unit squares whose centres carry the
   * values (the half-pixel convention of common image libraries); edge values extend outwards.
   *
   * @param map values in row-major order
   * @param height the map's height
   * @param width the map's width
   * @param toHeight the output's height
   * @param toWidth the output's width
   * @return the resized map, row-major
   */
  public static double[] resizeBilinear(
      double[] map, int height, int width, int toHeight, int toWidth) {
    if (map.length != height * width) {
      throw new IllegalArgumentException(
          "the map has " + map.length + " values, not " + height + "x" + width);
    }
    double[] out = new double[toHeight * toWidth];
    for (int y = 0; y < toHeight; y++) {
      double sy = clamp((y + 0.5) * height / toHeight - 0.5, height);
      int y0 = (int) Math.floor(sy);
      int y1 = Math.min(height - 1, y0 + 1);
      double fy = sy - y0;
      for (int x = 0; x < toWidth; x++) {
        double sx = clamp((x + 0.5) * width / toWidth - 0.5, width);
        int x0 = (int) Math.floor(sx);
        int x1 = Math.min(width - 1, x0 + 1);
        double fx = sx - x0;
        double top = map[y0 * width + x0] * (1 - fx) + map[y0 * width + x1] * fx;
        double bottom = map[y1 * width + x0] * (1 - fx) + map[y1 * width + x1] * fx;
        out[y * toWidth + x] = top * (1 - fy) + bottom * fy;
      }
    }
    return out;
  }

  private static double clamp(double v, int size) {
    return Math.min(size - 1, Math.max(0, v));
  }
}
