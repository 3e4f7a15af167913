package org.glasswing.weka.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.LimeMode;
import org.glasswing.core.lime.TextLime;
import org.glasswing.core.occlusion.FeatureGroups;
import org.glasswing.core.occlusion.Occlusion;
import org.glasswing.core.occlusion.TextOcclusion;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.text.TextExplainer;
import org.glasswing.weka.UserInputException;

/**
 * Runs {@code glasswing explain --method lime|occlusion}, on tabular rows through {@link
 * ExplainSetup} or, with {@code --text}, on documents through {@link TextSetup}. It checks the
 * options that belong to these methods, builds the core explainer and returns the explanations with
 * the mapping from explanation rows back to row numbers in {@code --data}.
 */
final class LocalExplain {

  /**
   * What a run produced.
   *
   * @param explanations the explanations, in row order
   * @param rowNumber maps an explanation's row to its 1-based row number in {@code --data}
   */
  record Result(List<Explanation> explanations, IntUnaryOperator rowNumber) {}

  private static final List<String> LIME_ONLY =
      List.of("--samples", "--lime-mode", "--kernel-width", "--max-features");

  private final CommonOptions common;
  private final LocalOptions local;

  LocalExplain(CommonOptions common, LocalOptions local) {
    this.common = common;
    this.local = local;
  }

  /**
   * Whether a method is run here rather than by the Shapley code of {@link ExplainCommand}.
   *
   * @param method the chosen method
   * @return true for lime and occlusion
   */
  static boolean handles(ShapleyMethod method) {
    return method == ShapleyMethod.LIME || method == ShapleyMethod.OCCLUSION;
  }

  /**
   * Refuses this class's options with a method that does not read them.
   *
   * @param method the chosen method
   * @throws UserInputException naming the first such option
   */
  void refuseOptionsFor(ShapleyMethod method) {
    for (String option : LIME_ONLY) {
      boolean smoothgradSamples = method == ShapleyMethod.SMOOTHGRAD && option.equals("--samples");
      if (method != ShapleyMethod.LIME && !smoothgradSamples && common.given(option)) {
        throw new UserInputException(option + " applies to --method lime only");
      }
    }
    if (method != ShapleyMethod.OCCLUSION && common.given("--groups")) {
      throw new UserInputException("--groups applies to --method occlusion only");
    }
    if (!handles(method) && local.text()) {
      throw new UserInputException("--text applies to --method lime and occlusion only");
    }
  }

  /**
   * Explains the selected rows.
   *
   * @param method lime or occlusion
   * @param targets the selected outputs
   * @param backgroundSize the background sample size (occlusion)
   * @param backgroundData a background file, or {@code null} (occlusion)
   * @param engine runs the model evaluations
   * @return the explanations and their row numbers
   */
  Result run(
      ShapleyMethod method,
      TargetSelection targets,
      int backgroundSize,
      Path backgroundData,
      EvaluationEngine engine) {
    refuseOptionsFor(method);
    if (common.given("--budget")) {
      throw new UserInputException("--budget applies to sampling-shapley only");
    }
    LimeMode mode = LimeMode.parse(local.limeMode());
    if (local.text()) {
      return runText(method, targets, backgroundData, engine);
    }
    ExplainSetup setup = ExplainSetup.load(common);
    int features = setup.schema().inputIndices().length;
    if (method == ShapleyMethod.LIME && local.maxFeatures(features) > features) {
      // Say so before training; the core refuses the same way.
      throw new UserInputException(
          "--max-features is "
              + local.maxFeatures(features)
              + " but the data has only "
              + features
              + " attributes besides the class; give at most "
              + features);
    }
    Explainer explainer;
    if (method == ShapleyMethod.LIME) {
      if (common.given("--background-size") || backgroundData != null) {
        throw new UserInputException(
            "lime samples from the training data's statistics; --background-size and"
                + " --background-data apply to the other methods");
      }
      explainer =
          new Lime(
              setup.backgroundSource(),
              mode,
              local.samples(),
              local.kernelWidth(),
              local.maxFeatures(features),
              common.seed());
    } else {
      FeatureGroups.parse(local.groups(), setup.schema()); // bad groups fail before training
      Background background =
          backgroundData != null
              ? setup.backgroundFromFile(backgroundData)
              : setup.sampleBackground(backgroundSize, common.seed());
      explainer = new Occlusion(background, local.groups());
    }
    targets.validate(
        setup.schema().isClassification()
            ? setup.schema().target().labels()
            : List.of(setup.schema().target().name()));
    List<Explanation> explanations =
        explainer.explain(setup.model(), setup.selectedData(), targets, engine);
    return new Result(explanations, setup::rowNumber);
  }

  private Result runText(
      ShapleyMethod method, TargetSelection targets, Path backgroundData, EvaluationEngine engine) {
    if (method == ShapleyMethod.OCCLUSION && !local.groups().isEmpty()) {
      throw new UserInputException("--groups does not apply to --text (the players are words)");
    }
    if (common.given("--lime-mode")) {
      throw new UserInputException("--lime-mode does not apply to --text (the players are words)");
    }
    if (common.given("--background-size") || backgroundData != null) {
      throw new UserInputException(
          "--text drops words instead of using background rows; --background-size and"
              + " --background-data do not apply");
    }
    TextSetup setup = TextSetup.load(common);
    targets.validate(setup.outputNames());
    TextExplainer explainer =
        method == ShapleyMethod.LIME
            ? new TextLime(local.samples(), local.kernelWidth(), local.maxWords(), common.seed())
            : new TextOcclusion();
    List<Explanation> explanations =
        explainer.explain(setup.model(), setup.documents(), targets, engine);
    return new Result(explanations, setup::rowNumber);
  }
}
