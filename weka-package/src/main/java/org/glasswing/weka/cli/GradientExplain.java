package org.glasswing.weka.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.gradient.Baseline;
import org.glasswing.core.gradient.GradCam;
import org.glasswing.core.gradient.GradientExplainer;
import org.glasswing.core.gradient.GradientTimesInput;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.gradient.IntegratedGradients;
import org.glasswing.core.gradient.Saliency;
import org.glasswing.core.gradient.SmoothGrad;
import org.glasswing.core.io.HeatmapPng;
import org.glasswing.core.occlusion.ImageOcclusion;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.deep.NetworkModel;
import org.glasswing.weka.ClassifierFactory;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import weka.classifiers.Classifier;

/**
 * Runs {@code glasswing explain --method saliency|gradient-x-input|smoothgrad|integrated-gradients|
 * grad-cam} on a {@link DeepNetClassifier}: checks the gradient options, turns the trained network
 * into the core's differentiable model and builds the core explainer. Other classifiers are refused
 * before training, naming the model-agnostic methods.
 */
final class GradientExplain {

  private final CommonOptions common;
  private final GradientOptions options;

  GradientExplain(CommonOptions common, GradientOptions options) {
    this.common = common;
    this.options = options;
  }

  /**
   * Whether a method is a gradient method run here.
   *
   * @param method the chosen method
   * @return true for the five gradient methods
   */
  static boolean handles(ShapleyMethod method) {
    return method.isGradient();
  }

  /**
   * Whether the run is image occlusion ({@code --method occlusion --patch N}), also run here.
   *
   * @param method the chosen method
   * @return true for occlusion with {@code --patch}
   */
  boolean handlesImageOcclusion(ShapleyMethod method) {
    return method == ShapleyMethod.OCCLUSION && options.patch() != null;
  }

  /**
   * Refuses this class's options with a method that does not read them.
   *
   * @param method the chosen method
   * @throws UserInputException naming the first such option
   */
  void refuseOptionsFor(ShapleyMethod method) {
    boolean ig = method == ShapleyMethod.INTEGRATED_GRADIENTS;
    refuseUnless(ig, "--steps", "integrated-gradients");
    refuseUnless(ig, "--baseline", "integrated-gradients");
    refuseUnless(ig && "blurred".equals(options.baseline()), "--blur-sigma", "--baseline blurred");
    refuseUnless(method == ShapleyMethod.SMOOTHGRAD, "--noise", "smoothgrad");
    refuseUnless(method == ShapleyMethod.GRAD_CAM, "--layer", "grad-cam");
    boolean images = method.isGradient() || handlesImageOcclusion(method);
    refuseUnless(images, "--heatmaps", "the gradient methods and occlusion with --patch");
    refuseUnless(method == ShapleyMethod.OCCLUSION, "--patch", "occlusion");
    refuseUnless(handlesImageOcclusion(method), "--stride", "--patch");
    refuseUnless(handlesImageOcclusion(method), "--fill", "--patch");
    refuseUnless(images, "--image-shape", "--patch and --heatmaps");
  }

  private void refuseUnless(boolean applies, String option, String owner) {
    if (!applies && common.given(option)) {
      throw new UserInputException(option + " applies to " + owner + " only");
    }
  }

  /** Refuses options of the other methods and values out of range, before any data is read. */
  private void checkOptions(ShapleyMethod method) {
    refuseOptionsFor(method);
    for (String option :
        List.of("--background-data", "--background-size", "--background-summary", "--budget")) {
      if (common.given(option)) {
        throw new UserInputException(
            option + " does not apply to " + method + " (it follows the network's gradients)");
      }
    }
    if (options.steps() < 1) {
      throw new UserInputException("--steps must be at least 1, got " + options.steps());
    }
    if (!List.of("zeros", "mean", "blurred").contains(options.baseline())) {
      throw new UserInputException(
          "--baseline is zeros, mean or blurred, not '" + options.baseline() + "'");
    }
    if (!(options.blurSigma() > 0)) {
      throw new UserInputException("--blur-sigma must be above 0, got " + options.blurSigma());
    }
    if (options.patch() != null && (options.patch() < 1 || options.stride() < 1)) {
      throw new UserInputException("--patch and --stride must be at least 1");
    }
    if (!(options.noise() >= 0) || Double.isInfinite(options.noise())) {
      throw new UserInputException("--noise must be 0 or more, got " + options.noise());
    }
  }

  /**
   * Explains the selected rows.
   *
   * @param method a gradient method
   * @param samples the number of smoothgrad copies
   * @param targets the selected outputs
   * @param engine reports progress and cancellation
   * @return the explanations and their row numbers
   */
  LocalExplain.Result run(
      ShapleyMethod method, int samples, TargetSelection targets, EvaluationEngine engine) {
    checkOptions(method);
    if (handlesImageOcclusion(method)) {
      return runImageOcclusion(targets, engine);
    }
    if (common.model() == null) {
      // Say so before training: the classifier's class is known from its spec.
      requireNetwork(ClassifierFactory.create(common.classifier()), method);
    }
    ExplainSetup setup = ExplainSetup.load(common);
    WekaModel wekaModel = setup.model();
    DeepNetClassifier classifier = requireNetwork(wekaModel.classifier(), method);
    NetworkModel model = classifier.model(wekaModel.schema());
    Explainer explainer =
        switch (method) {
          case SALIENCY -> new Saliency();
          case GRADIENT_X_INPUT -> new GradientTimesInput();
          case SMOOTHGRAD -> new SmoothGrad(samples, options.noise(), common.seed());
          case INTEGRATED_GRADIENTS -> new IntegratedGradients(options.steps(), baseline(setup));
          case GRAD_CAM -> new GradCam(options.layer());
          default -> throw new IllegalStateException("not a gradient method: " + method);
        };
    if (options.heatmaps() != null && model.imageShape().isEmpty()) {
      throw new UserInputException(
          "--heatmaps draws images, but the network reads tabular rows (it was trained without"
              + " -image-shape)");
    }
    List<Explanation> explanations =
        explainer.explain(model, setup.selectedData(), targets, engine);
    if (options.heatmaps() != null) {
      writeHeatmaps(explanations, model.imageShape().orElseThrow(), setup);
    }
    return new LocalExplain.Result(explanations, setup::rowNumber);
  }

  private LocalExplain.Result runImageOcclusion(TargetSelection targets, EvaluationEngine engine) {
    if (common.given("--groups")) {
      throw new UserInputException("--groups and --patch are two ways of grouping; give one");
    }
    if (common.given("--text")) {
      throw new UserInputException("--patch occludes images, not --text");
    }
    ImageShape declared = declaredShape();
    ExplainSetup setup = ExplainSetup.load(common);
    WekaModel model = setup.model();
    ImageShape shape = declared;
    if (shape == null && model.classifier() instanceof DeepNetClassifier network) {
      shape = network.encoding().image();
    }
    if (shape == null) {
      throw new UserInputException(
          "--patch needs the image shape: give --image-shape HxWxC (the classifier is not an"
              + " image network)");
    }
    try {
      shape.requireSize(setup.schema().inputIndices().length);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--image-shape: " + e.getMessage(), e);
    }
    Explainer explainer =
        new ImageOcclusion(shape, options.patch(), options.stride(), options.fill());
    List<Explanation> explanations =
        explainer.explain(model, setup.selectedData(), targets, engine);
    if (options.heatmaps() != null) {
      writeHeatmaps(explanations, shape, setup);
    }
    return new LocalExplain.Result(explanations, setup::rowNumber);
  }

  private ImageShape declaredShape() {
    if (options.imageShape() == null) {
      return null;
    }
    try {
      return ImageShape.parse(options.imageShape());
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--image-shape: " + e.getMessage(), e);
    }
  }

  private Baseline baseline(ExplainSetup setup) {
    return switch (options.baseline()) {
      case "mean" -> Baseline.mean(setup.backgroundSource());
      case "blurred" -> Baseline.blurred(options.blurSigma());
      default -> Baseline.zeros();
    };
  }

  private void writeHeatmaps(List<Explanation> explanations, ImageShape shape, ExplainSetup setup) {
    OutputFiles.writeFile(
        options.heatmaps(), "--heatmaps", () -> Files.createDirectories(options.heatmaps()));
    for (Explanation e : explanations) {
      String label = e.target().replaceAll("[^A-Za-z0-9._-]", "_");
      Path file =
          options
              .heatmaps()
              .resolve(
                  String.format(
                      Locale.ROOT, "row%d-%s-%s.png", setup.rowNumber(e.row()), label, e.method()));
      OutputFiles.writeFile(file, "--heatmaps", () -> HeatmapPng.write(e, shape, file));
    }
  }

  private static DeepNetClassifier requireNetwork(Classifier classifier, ShapleyMethod method) {
    if (classifier instanceof DeepNetClassifier network) {
      return network;
    }
    throw new UserInputException(
        method
            + " needs the gradients of a neural network ("
            + DeepNetClassifier.class.getName()
            + "), but "
            + classifier.getClass().getName()
            + " has none; use a model-agnostic method instead: "
            + GradientExplainer.MODEL_AGNOSTIC);
  }
}
