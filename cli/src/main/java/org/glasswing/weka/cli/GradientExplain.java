package org.glasswing.weka.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.gradient.GradientExplainer;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.io.HeatmapPng;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodInputs;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
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
   * Whether a method is run here: the gradient methods, and occlusion by image patches.
   *
   * @param spec the chosen method
   * @return true if this class runs it
   */
  boolean handles(MethodSpec spec) {
    return spec.family() == Family.GRADIENT || handlesImageOcclusion(spec);
  }

  private boolean handlesImageOcclusion(MethodSpec spec) {
    return spec.name().equals(ImageOcclusion.METHOD) && options.patch() != null;
  }

  /**
   * Refuses this class's options with a method that does not read them.
   *
   * @param spec the chosen method
   * @throws UserInputException naming the first such option
   */
  void refuseOptionsFor(MethodSpec spec) {
    boolean images = spec.family() == Family.GRADIENT || handlesImageOcclusion(spec);
    refuseUnless(images, "--heatmaps", "the gradient methods and occlusion with --patch");
    refuseUnless(spec.name().equals(ImageOcclusion.METHOD), "--patch", "occlusion");
    refuseUnless(handlesImageOcclusion(spec), "--stride", "--patch");
    refuseUnless(handlesImageOcclusion(spec), "--fill", "--patch");
    refuseUnless(images, "--image-shape", "--patch and --heatmaps");
  }

  private void refuseUnless(boolean applies, String option, String owner) {
    if (!applies && common.given(option)) {
      throw new UserInputException(option + " applies to " + owner + " only");
    }
  }

  private void checkOptions(MethodSpec spec, ParameterValues values) {
    refuseOptionsFor(spec);
    if (common.given("--background-data")) {
      throw new UserInputException(
          "--background-data does not apply to "
              + spec.name()
              + " (it follows the network's"
              + " gradients)");
    }
    if (values.takes(Parameters.BLUR_SIGMA)
        && values.given(Parameters.BLUR_SIGMA)
        && !"blurred".equals(values.text(Parameters.BASELINE))) {
      throw new UserInputException("--blur-sigma applies to --baseline blurred only");
    }
    if (options.patch() != null && (options.patch() < 1 || options.stride() < 1)) {
      throw new UserInputException("--patch and --stride must be at least 1");
    }
  }

  /**
   * Explains the selected rows with a network's gradients, or by occluding image patches.
   *
   * @param spec the chosen method
   * @param given the catalogue settings given, as text
   * @param targets the outputs to explain
   * @param engine runs the model evaluations
   * @return the explanations
   */
  ExplainRun run(
      MethodSpec spec,
      Map<String, String> given,
      TargetSelection targets,
      EvaluationEngine engine) {
    if (handlesImageOcclusion(spec)) {
      for (String option : given.keySet()) {
        throw new UserInputException(
            "--" + option + " does not apply to occlusion with --patch; drop it");
      }
      refuseOptionsFor(spec);
      return runImageOcclusion(targets, engine);
    }
    ParameterValues values;
    try {
      values = CatalogueOptions.values(spec, given);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    checkOptions(spec, values);
    if (common.model() == null) {
      // Say so before training: the classifier's class is known from its spec.
      requireNetwork(ClassifierFactory.create(common.classifier()), spec);
    }
    ExplainSetup setup = ExplainSetup.load(common);
    WekaModel wekaModel = setup.model();
    DeepNetClassifier classifier = requireNetwork(wekaModel.classifier(), spec);
    NetworkModel model = classifier.model(wekaModel.schema());
    Explainer explainer = spec.create(new MethodInputs(values, setup.backgroundSource(), null));
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
    return new ExplainRun(explanations, setup::rowNumber);
  }

  private ExplainRun runImageOcclusion(TargetSelection targets, EvaluationEngine engine) {
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
    return new ExplainRun(explanations, setup::rowNumber);
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

  private static DeepNetClassifier requireNetwork(Classifier classifier, MethodSpec method) {
    if (classifier instanceof DeepNetClassifier network) {
      return network;
    }
    throw new UserInputException(
        method.name()
            + " needs the gradients of a neural network ("
            + DeepNetClassifier.class.getName()
            + "), but "
            + classifier.getClass().getName()
            + " has none; use a model-agnostic method instead: "
            + GradientExplainer.MODEL_AGNOSTIC);
  }
}
