package org.glasswing.weka;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Reads a folder of PNG images as data: one subfolder per class ({@code DIR/<class>/*.png}), one
 * row per image, classes in name order and the images of a class in file-name order. Every image
 * must have the size of the first. Grey images (all pixels with equal red, green and blue) give one
 * attribute per pixel, {@code p_<y>_<x>}; colour images three, {@code p_<y>_<x>_<r|g|b>}; values
 * are 0 to 255, row-major with the channels last (the order of {@code -image-shape HxWxC}). The
 * class is the last attribute, named {@code class}.
 */
public final class ImageFolder {

  private ImageFolder() {}

  /**
   * Reads the images.
   *
   * @param dir the folder
   * @return the data, without a class index
   * @throws UserInputException if the folder has no class subfolders with PNGs, an image cannot be
   *     read, or an image's size differs from the first
   */
  public static Instances load(Path dir) {
    List<Path> classes = list(dir, Files::isDirectory);
    List<String> labels = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    List<Integer> fileLabels = new ArrayList<>();
    for (Path folder : classes) {
      List<Path> pngs =
          list(
              folder,
              p ->
                  Files.isRegularFile(p)
                      && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"));
      if (!pngs.isEmpty()) {
        labels.add(folder.getFileName().toString());
        for (Path png : pngs) {
          files.add(png);
          fileLabels.add(labels.size() - 1);
        }
      }
    }
    if (files.isEmpty()) {
      throw new UserInputException(
          "the image folder "
              + dir
              + " has no PNG images; put them in one subfolder per class, such as "
              + dir.resolve("cat").resolve("1.png"));
    }
    List<BufferedImage> images = new ArrayList<>();
    boolean colour = false;
    for (Path file : files) {
      BufferedImage image = read(file);
      BufferedImage first = images.isEmpty() ? image : images.get(0);
      if (image.getWidth() != first.getWidth() || image.getHeight() != first.getHeight()) {
        throw new UserInputException(
            "the image "
                + file
                + " is "
                + image.getHeight()
                + "x"
                + image.getWidth()
                + " (height x width) but "
                + files.get(0)
                + " is "
                + first.getHeight()
                + "x"
                + first.getWidth()
                + "; all images must have one size");
      }
      colour |= !isGrey(image);
      images.add(image);
    }
    int h = images.get(0).getHeight();
    int w = images.get(0).getWidth();
    int channels = colour ? 3 : 1;
    ArrayList<Attribute> attributes = new ArrayList<>();
    String[] rgb = {"r", "g", "b"};
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        for (int c = 0; c < channels; c++) {
          attributes.add(new Attribute("p_" + y + "_" + x + (colour ? "_" + rgb[c] : "")));
        }
      }
    }
    attributes.add(new Attribute("class", labels));
    Instances data = new Instances(dir.getFileName().toString(), attributes, images.size());
    for (int i = 0; i < images.size(); i++) {
      BufferedImage image = images.get(i);
      double[] row = new double[attributes.size()];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int argb = image.getRGB(x, y);
          int[] values = {(argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF};
          for (int c = 0; c < channels; c++) {
            row[(y * w + x) * channels + c] = values[c];
          }
        }
      }
      row[row.length - 1] = fileLabels.get(i);
      data.add(new DenseInstance(1, row));
    }
    return data;
  }

  private static boolean isGrey(BufferedImage image) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int argb = image.getRGB(x, y);
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        if (r != g || g != b) {
          return false;
        }
      }
    }
    return true;
  }

  private static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new UserInputException("cannot read " + file + ": not a PNG image");
      }
      return image;
    } catch (IOException e) {
      throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> list(Path dir, java.util.function.Predicate<Path> keep) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(keep).sorted().toList();
    } catch (IOException e) {
      throw new UserInputException("cannot read the folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
