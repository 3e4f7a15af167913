package org.glasswing.core.gradient;

/**
 * The shape of an image whose pixels are the input attributes of a row: height, width and channels.
 * Attributes are in row-major order with the channels last, so the value of channel {@code c} of
 * the pixel at row {@code y} and column {@code x} is attribute {@code (y * width + x) * channels +
 * c}.
 *
 * @param height the number of pixel rows, at least 1
 * @param width the number of pixel columns, at least 1
 * @param channels the number of channels (1 for grey, 3 for colour), at least 1
 */
public record ImageShape(int height, int width, int channels) {

  /**
   * Checks the sizes.
   *
   * @param height the number of pixel rows
   * @param width the number of pixel columns
   * @param channels the number of channels
   * @throws IllegalArgumentException if a size is below 1
   */
  public ImageShape {
    if (height < 1 || width < 1 || channels < 1) {
      throw new IllegalArgumentException(
          "an image shape needs a height, width and channel count of at least 1, got "
              + height
              + "x"
              + width
              + "x"
              + channels);
    }
  }

  /**
   * Reads the command-line form {@code HxWxC} (or {@code HxW} for one channel).
   *
   * @param text such as {@code 28x28x1}
   * @return the shape
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static ImageShape parse(String text) {
    String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x");
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(
          "an image shape is HxWxC (such as 28x28x1), got '" + text + "'");
    }
    try {
      int h = Integer.parseInt(parts[0].trim());
      int w = Integer.parseInt(parts[1].trim());
      int c = parts.length == 3 ? Integer.parseInt(parts[2].trim()) : 1;
      return new ImageShape(h, w, c);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "an image shape is HxWxC (such as 28x28x1), got '" + text + "'", e);
    }
  }

  /**
   * The number of values of one image.
   *
   * @return height × width × channels
   */
  public int size() {
    return height * width * channels;
  }

  /**
   * The position of one value among the image's attributes.
   *
   * @param y the pixel row
   * @param x the pixel column
   * @param c the channel
   * @return the attribute position, from 0
   */
  public int index(int y, int x, int c) {
    return (y * width + x) * channels + c;
  }

  /**
   * Checks that a number of input attributes is one image of this shape.
   *
   * @param attributes the number of input attributes
   * @throws IllegalArgumentException naming both numbers when they differ
   */
  public void requireSize(int attributes) {
    if (attributes != size()) {
      throw new IllegalArgumentException(
          "the image shape "
              + this
              + " has "
              + size()
              + " values but the data has "
              + attributes
              + " input attributes");
    }
  }

  @Override
  public String toString() {
    return height + "x" + width + "x" + channels;
  }
}
