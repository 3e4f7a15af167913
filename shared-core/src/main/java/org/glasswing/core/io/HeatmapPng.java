package org.glasswing.core.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.gradient.ImageShape;

/**
 * Draws an image explanation as a PNG: the image itself in grey (or colour), enlarged to at least
 * 256 pixels across, under a translucent heat map of the attributions (red where the attribution is
 * positive, blue where negative; the stronger, the more opaque). Attributions are summed over the
 * channels of each pixel and scaled by the largest magnitude of the image.
 */
public final class HeatmapPng {

  private static final int TARGET_SIZE = 256;
  private static final double MAX_ALPHA = 0.7;

  private HeatmapPng() {}

  /**
   * Writes one explanation's overlay.
   *
   * @param explanation an explanation whose features are the image's pixels
   * @param shape the image shape
   * @param file the PNG to write
   * @throws IllegalArgumentException if the explanation does not have one value per pixel channel
   * @throws UncheckedIOException if the file cannot be written; an existing file is then left as it
   *     was (see {@link AtomicFile})
   */
  public static void write(Explanation explanation, ImageShape shape, Path file) {
    BufferedImage image = render(explanation, shape);
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      if (!ImageIO.write(image, "png", png)) {
        throw new IOException("no PNG writer is installed");
      }
      AtomicFile.write(file, png::writeTo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Draws one explanation's overlay.
   *
   * @param explanation an explanation whose features are the image's pixels
   * @param shape the image shape
   * @return the picture
   * @throws IllegalArgumentException if the explanation does not have one value per pixel channel
   */
  public static BufferedImage render(Explanation explanation, ImageShape shape) {
    shape.requireSize(explanation.size());
    double[] values = explanation.featureValues();
    double[] attributions = explanation.attributions();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double range = max > min ? max - min : 1;
    int h = shape.height();
    int w = shape.width();
    int channels = shape.channels();
    double[] heat = new double[h * w];
    double largest = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double sum = 0;
        for (int c = 0; c < channels; c++) {
          double a = attributions[shape.index(y, x, c)];
          sum += Double.isNaN(a) ? 0 : a;
        }
        heat[y * w + x] = sum;
        largest = Math.max(largest, Math.abs(sum));
      }
    }
    int scale = Math.max(1, (int) Math.ceil(TARGET_SIZE / (double) Math.max(h, w)));
    BufferedImage image = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double[] rgb = new double[3];
        for (int k = 0; k < 3; k++) {
          double v = values[shape.index(y, x, channels == 3 ? k : 0)];
          rgb[k] = Double.isNaN(v) ? 0 : (v - min) / range;
        }
        double a = largest > 0 ? heat[y * w + x] / largest : 0;
        double alpha = MAX_ALPHA * Math.abs(a);
        double[] colour = a >= 0 ? new double[] {1, 0.1, 0} : new double[] {0, 0.3, 1};
        int pixel = 0;
        for (int k = 0; k < 3; k++) {
          double mixed = (1 - alpha) * rgb[k] + alpha * colour[k];
          pixel = (pixel << 8) | (int) Math.round(255 * Math.min(1, Math.max(0, mixed)));
        }
        for (int dy = 0; dy < scale; dy++) {
          for (int dx = 0; dx < scale; dx++) {
            image.setRGB(x * scale + dx, y * scale + dy, pixel);
          }
        }
      }
    }
    return image;
  }
}
