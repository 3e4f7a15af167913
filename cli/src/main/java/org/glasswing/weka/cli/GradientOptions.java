package org.glasswing.weka.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The image options of {@code glasswing explain}: heat-map output and image occlusion by patches.
 * The gradient methods' own settings come from the catalogue.
 */
public final class GradientOptions {

  @Option(
      names = "--heatmaps",
      paramLabel = "DIR",
      description =
          "Image networks: also write each explanation as a PNG overlay (row<N>-<class>.png) into"
              + " this existing folder.")
  private Path heatmaps;

  @Option(
      names = "--patch",
      paramLabel = "PIXELS",
      description =
          "occlusion on images: occlude square patches of this side instead of single attributes"
              + " (any classifier; the image shape comes from --image-shape or the network).")
  private Integer patch;

  @Option(
      names = "--stride",
      paramLabel = "PIXELS",
      description = "--patch only: the step between patch positions. Default: the patch side.")
  private Integer stride;

  @Option(
      names = "--fill",
      paramLabel = "VALUE",
      defaultValue = "0",
      description = "--patch only: the value occluded pixels get.")
  private double fill;

  @Option(
      names = "--image-shape",
      paramLabel = "HxWxC",
      description =
          "--patch and --heatmaps with a classifier that is not an image network: the image"
              + " shape of the input attributes (row-major, channels last).")
  private String imageShape;

  /** Creates the options; picocli fills them in. */
  public GradientOptions() {}

  Path heatmaps() {
    return heatmaps;
  }

  Integer patch() {
    return patch;
  }

  int stride() {
    return stride != null ? stride : patch;
  }

  double fill() {
    return fill;
  }

  String imageShape() {
    return imageShape;
  }
}
