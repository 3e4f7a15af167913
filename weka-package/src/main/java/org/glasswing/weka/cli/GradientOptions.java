package org.glasswing.weka.cli;

import java.nio.file.Path;
import org.glasswing.core.gradient.IntegratedGradients;
import org.glasswing.core.gradient.SmoothGrad;
import picocli.CommandLine.Option;

/** The options of {@code glasswing explain}'s gradient methods (neural networks only). */
public final class GradientOptions {

  @Option(
      names = "--steps",
      paramLabel = "N",
      defaultValue = "" + IntegratedGradients.DEFAULT_STEPS,
      description =
          "integrated-gradients only: integration points along the path from the baseline (the"
              + " completeness gap shrinks as they grow).")
  private int steps;

  @Option(
      names = "--baseline",
      paramLabel = "zeros|mean|blurred",
      defaultValue = "zeros",
      description =
          "integrated-gradients only: where the path starts: all zeros, the training data's mean,"
              + " or the image itself blurred (images only, see --blur-sigma).")
  private String baseline;

  @Option(
      names = "--blur-sigma",
      paramLabel = "PIXELS",
      defaultValue = "3",
      description = "--baseline blurred only: the Gaussian blur's standard deviation in pixels.")
  private double blurSigma;

  @Option(
      names = "--noise",
      paramLabel = "FRACTION",
      defaultValue = "" + SmoothGrad.DEFAULT_NOISE,
      description =
          "smoothgrad only: the noise's standard deviation as a fraction of the row's input range"
              + " (--samples sets the number of noisy copies, default "
              + SmoothGrad.DEFAULT_SAMPLES
              + ").")
  private double noise;

  @Option(
      names = "--layer",
      paramLabel = "NAME",
      description = "grad-cam only: the convolutional layer to look at. Default: the last one.")
  private String layer;

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

  int steps() {
    return steps;
  }

  String baseline() {
    return baseline;
  }

  double blurSigma() {
    return blurSigma;
  }

  double noise() {
    return noise;
  }

  String layer() {
    return layer;
  }

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
